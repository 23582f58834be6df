import type { Type } from '@nestjs/common';
import type { EventDefinition, PayloadOf } from '@rehab/contracts';
import type { ContributingDepartment } from './domain/contribution-task.aggregate';

/** The fields every department's submitted event shares (see libs/contracts department events). */
export interface SubmittedContribution<TContent> {
  caseId: string;
  contributionId: string;
  version: number;
  content: TContent;
  submittedBy: string;
  /** ISO 8601 with offset. */
  submittedAt: string;
  /** Why an earlier version was changed; absent on the first version. */
  reason?: string;
}

/**
 * What makes one department's contribution different from another's: whose it is, its
 * headings (a DTO class with class-validator and Swagger decorators) and the event it is
 * published as. Everything else (task, draft, versions, outbox, HTTP) is shared.
 */
export interface DepartmentContribution<TContent extends object = object, TEvent extends EventDefinition = EventDefinition> {
  department: ContributingDepartment;
  /** How a caseworker names it, e.g. "health assessment"; used in the API documentation. */
  name: string;
  content: Type<TContent>;
  submittedEvent: TEvent;
  /** Maps a submitted version onto the event's payload; the outbox validates the result. */
  toSubmittedPayload(contribution: SubmittedContribution<TContent>): PayloadOf<TEvent>;
  /**
   * A department's own rules for a submission, beyond every heading being filled in. Throws a
   * DomainError (422) to refuse it; nothing is stored then.
   */
  checkSubmission?(content: TContent): void;
}

/** Injection token of the one DepartmentContribution a service is built for. */
export const DEPARTMENT_CONTRIBUTION = Symbol('DEPARTMENT_CONTRIBUTION');

/** Checks at compile time that the mapping fits both the content DTO and the event's payload. */
export function defineDepartmentContribution<TContent extends object, TEvent extends EventDefinition>(
  contribution: DepartmentContribution<TContent, TEvent>,
): DepartmentContribution<TContent, TEvent> {
  return Object.freeze(contribution);
}
