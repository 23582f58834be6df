import { randomUUID } from 'node:crypto';
import type { CaseType, Department } from '@rehab/contracts';
import { DomainError } from '@rehab/platform';

/** The departments that deliver a contribution to the team through this library. */
export const CONTRIBUTING_DEPARTMENTS = [
  'health-coordinator',
  'social-psychiatry',
  'company-consultant',
] as const satisfies readonly Department[];
export type ContributingDepartment = (typeof CONTRIBUTING_DEPARTMENTS)[number];

export const CONTRIBUTION_TASK_STATUSES = ['open', 'submitted'] as const;
export type ContributionTaskStatus = (typeof CONTRIBUTION_TASK_STATUSES)[number];

/** A department's text, one entry per heading; each department has its own headings. */
export type ContributionContent = Readonly<Record<string, string>>;

/** Work in progress, seen by the department only. It may be incomplete. */
export interface ContributionDraft {
  content: ContributionContent;
  savedBy: string;
  savedAt: Date;
}

/** One submitted version. Versions are never changed or removed. */
export interface ContributionVersion {
  contributionId: string;
  version: number;
  content: ContributionContent;
  submittedBy: string;
  submittedAt: Date;
  /** Why an earlier version was changed; required from the second version on. */
  reason: string | null;
}

export interface ContributionTaskState {
  id: string;
  caseId: string;
  /** Pseudonymous person id; the department never sees the CPR number. */
  personId: string;
  municipality: string;
  caseType: CaseType;
  status: ContributionTaskStatus;
  openedAt: Date;
  draft: ContributionDraft | null;
  versions: readonly ContributionVersion[];
  version: number;
}

export type ContributionTaskEvent =
  | { kind: 'opened' }
  | { kind: 'draft-saved'; draft: ContributionDraft }
  | { kind: 'submitted'; submission: ContributionVersion };

/**
 * Nothing can be drafted or submitted before a referral has opened the task; the referral
 * travels through Kafka, so a caseworker may simply be early.
 */
export function requireContributionTask(task: ContributionTask | null): ContributionTask {
  if (!task) {
    throw DomainError.notFound(
      'This department has no contribution task for the case. The referral may not have arrived yet; try again shortly.',
    );
  }
  return task;
}

/**
 * A department's task to contribute to one referred case: it opens when the referral arrives
 * and keeps the draft and every submitted version of the department's contribution.
 */
export class ContributionTask {
  private readonly pending: ContributionTaskEvent[] = [];

  private constructor(private state: ContributionTaskState) {}

  /** A referral concerns a department only when the job centre asked for its contribution. */
  static isRequiredOf(requiredDepartments: readonly Department[], department: ContributingDepartment): boolean {
    return requiredDepartments.includes(department);
  }

  static open(input: {
    caseId: string;
    personId: string;
    municipality: string;
    caseType: CaseType;
    now: Date;
  }): ContributionTask {
    const task = new ContributionTask({
      id: randomUUID(),
      caseId: input.caseId,
      personId: input.personId,
      municipality: input.municipality,
      caseType: input.caseType,
      status: 'open',
      openedAt: input.now,
      draft: null,
      versions: [],
      version: 0,
    });
    task.pending.push({ kind: 'opened' });
    return task;
  }

  static restore(state: ContributionTaskState): ContributionTask {
    return new ContributionTask(state);
  }

  /** Replaces the draft; nobody outside the department sees it, so nothing is published. */
  saveDraft(content: ContributionContent, savedBy: string, now: Date): ContributionDraft {
    const draft: ContributionDraft = { content: { ...content }, savedBy, savedAt: now };
    this.state = { ...this.state, draft };
    this.pending.push({ kind: 'draft-saved', draft });
    return draft;
  }

  /**
   * Publishes the contribution as a new version. The team may already have read an earlier
   * version, so changing it needs a reason on record.
   */
  submit(input: { content: ContributionContent; submittedBy: string; reason?: string | null; now: Date }): ContributionVersion {
    const blank = Object.entries(input.content).filter(([, text]) => text.trim() === '');
    if (Object.keys(input.content).length === 0 || blank.length > 0) {
      throw DomainError.ruleViolated(
        `A contribution must fill in every heading${blank.length ? `; blank: ${blank.map(([heading]) => heading).join(', ')}` : ''}.`,
      );
    }
    const latest = this.latestVersion();
    const reason = input.reason?.trim() ? input.reason.trim() : null;
    if (latest && !reason) {
      throw DomainError.ruleViolated(
        `Version ${latest.version} of this contribution has already been submitted; give a reason for the change.`,
      );
    }
    const submission: ContributionVersion = {
      // The task's id names the contribution on the wire; every version shares it.
      contributionId: this.state.id,
      version: (latest?.version ?? 0) + 1,
      content: { ...input.content },
      submittedBy: input.submittedBy,
      submittedAt: input.now,
      reason,
    };
    this.state = { ...this.state, status: 'submitted', draft: null, versions: [...this.state.versions, submission] };
    this.pending.push({ kind: 'submitted', submission });
    return submission;
  }

  latestVersion(): ContributionVersion | null {
    return this.state.versions.at(-1) ?? null;
  }

  get id(): string {
    return this.state.id;
  }

  get caseId(): string {
    return this.state.caseId;
  }

  snapshot(): Readonly<ContributionTaskState> {
    return this.state;
  }

  /** What happened since the task was loaded; the repository stores and publishes it. */
  pullEvents(): ContributionTaskEvent[] {
    return this.pending.splice(0, this.pending.length);
  }
}
