import { randomUUID } from 'node:crypto';
import {
  CASE_TYPES,
  type CaseType,
  type Department,
  type RecommendationOutcome,
  type TeamMember,
} from '@rehab/contracts';
import { DomainError } from '@rehab/platform';
import { type AttachmentSummary, checkAttachments, type NewAttachment } from './preparatory-attachment';
import { requiredTeamMembers } from './team-composition';

/** Vocational rehabilitation (revalidering) is never put before the team. */
export const VOCATIONAL_REHABILITATION = 'vocational-rehabilitation';

export type CaseStatus = 'referred' | 'decided';

export interface GeneralPractitioner {
  sorCode: string;
  name: string;
}

/** The preparatory part of the plan (forberedende del), one field per heading. */
export interface PreparatorySections {
  educationAndJobGoals: string;
  workExperience: string;
  resourcesAndNetwork: string;
  challenges: string;
  healthSituation: string;
  incomeSupportHistory: string;
  gpAssessment: string;
}

export interface PreparatoryPart {
  contributionId: string;
  version: number;
  sections: PreparatorySections;
  attachments: AttachmentSummary[];
  submittedBy: string;
  submittedAt: Date;
}

export interface CaseDecision {
  decisionId: string;
  outcome: RecommendationOutcome;
  followsRecommendation: boolean;
  decidedAt: Date;
}

/** A resource programme extended without a new meeting: nothing new has happened. */
export interface ResourceProgrammeExtension {
  extensionId: string;
  reason: string;
  decisionMakerId: string;
  /** The new end date (YYYY-MM-DD), when the decision maker set one. */
  extendedUntil: string | null;
  recordedBy: string;
  recordedAt: Date;
}

export interface RePresentation {
  reason: 'no-activity-within-six-months';
  reasonText: string;
  rePresentedAt: Date;
}

/** A resource programme with no activity started this many months after the decision goes back to the team. */
export const MONTHS_TO_FIRST_ACTIVITY = 6;

export interface RehabilitationCaseState {
  id: string;
  municipality: string;
  personId: string;
  caseType: CaseType;
  coordinatingCaseworkerId: string;
  generalPractitioner: GeneralPractitioner;
  requiredDepartments: Department[];
  /** Null for cases referred before the team composition was recorded. */
  requiredMembers: TeamMember[] | null;
  status: CaseStatus;
  referredAt: Date;
  preparatoryPart: PreparatoryPart | null;
  decision: CaseDecision | null;
  extensions: ResourceProgrammeExtension[];
  activityStartedAt: Date | null;
  rePresentation: RePresentation | null;
  version: number;
}

export type RehabilitationCaseEvent =
  | { kind: 'referred' }
  | { kind: 'preparatory-part-submitted'; part: PreparatoryPart; attachmentContents: ReadonlyMap<string, Uint8Array> }
  | { kind: 'decision-recorded'; decision: CaseDecision }
  | { kind: 'resource-programme-extended'; extension: ResourceProgrammeExtension }
  | { kind: 'activity-started'; startedAt: Date; recordedBy: string }
  | { kind: 're-presented'; rePresentation: RePresentation };

/** The day `months` calendar months after `from`, on the last day of the month when that day does not exist. */
export function addMonths(from: Date, months: number): Date {
  const target = new Date(from.getTime());
  const day = target.getUTCDate();
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target;
}

/** A citizen's case (sag) as the job centre refers it to the rehabilitation team. */
export class RehabilitationCase {
  private readonly pending: RehabilitationCaseEvent[] = [];

  private constructor(private state: RehabilitationCaseState) {}

  static refer(input: {
    municipality: string;
    personId: string;
    caseType: string;
    coordinatingCaseworkerId: string;
    generalPractitioner: GeneralPractitioner;
    /** Read from the CPR number at the edge; used for the team composition and then forgotten. */
    citizenBirthDate: Date;
    hasVocationalQualification: boolean;
    now: Date;
  }): RehabilitationCase {
    if (input.caseType === VOCATIONAL_REHABILITATION) {
      throw DomainError.ruleViolated(
        'Vocational rehabilitation (revalidering) is not put before the rehabilitation team.',
      );
    }
    if (!(CASE_TYPES as readonly string[]).includes(input.caseType)) {
      throw DomainError.ruleViolated(`Case type must be one of: ${CASE_TYPES.join(', ')}.`);
    }
    const referred = new RehabilitationCase({
      id: randomUUID(),
      municipality: input.municipality,
      personId: input.personId,
      caseType: input.caseType as CaseType,
      coordinatingCaseworkerId: input.coordinatingCaseworkerId,
      generalPractitioner: input.generalPractitioner,
      requiredDepartments: ['job-centre', 'health-coordinator', 'social-psychiatry', 'company-consultant'],
      requiredMembers: requiredTeamMembers({
        citizenBirthDate: input.citizenBirthDate,
        hasVocationalQualification: input.hasVocationalQualification,
        referredAt: input.now,
      }),
      status: 'referred',
      referredAt: input.now,
      preparatoryPart: null,
      decision: null,
      extensions: [],
      activityStartedAt: null,
      rePresentation: null,
      version: 0,
    });
    referred.pending.push({ kind: 'referred' });
    return referred;
  }

  static restore(state: RehabilitationCaseState): RehabilitationCase {
    return new RehabilitationCase(state);
  }

  /** Each submission is a new version; the job centre's contribution is the newest one. */
  submitPreparatoryPart(
    sections: PreparatorySections,
    submittedBy: string,
    now: Date,
    attachments: readonly NewAttachment[] = [],
  ): PreparatoryPart {
    if (this.state.status === 'decided') {
      throw DomainError.conflict('The case has been decided; its preparatory part can no longer change.');
    }
    checkAttachments(attachments);
    const attachmentContents = new Map<string, Uint8Array>();
    const summaries = attachments.map((attachment): AttachmentSummary => {
      const attachmentId = randomUUID();
      attachmentContents.set(attachmentId, attachment.content);
      return {
        attachmentId,
        title: attachment.title,
        mediaType: attachment.mediaType as AttachmentSummary['mediaType'],
        sizeBytes: attachment.content.length,
      };
    });
    const part: PreparatoryPart = {
      contributionId: this.state.preparatoryPart?.contributionId ?? randomUUID(),
      version: (this.state.preparatoryPart?.version ?? 0) + 1,
      sections,
      attachments: summaries,
      submittedBy,
      submittedAt: now,
    };
    this.state = { ...this.state, preparatoryPart: part };
    this.pending.push({ kind: 'preparatory-part-submitted', part, attachmentContents });
    return part;
  }

  recordDecision(decision: CaseDecision): void {
    if (this.state.decision?.decisionId === decision.decisionId) return;
    this.state = { ...this.state, status: 'decided', decision };
    this.pending.push({ kind: 'decision-recorded', decision });
  }

  /**
   * Extends a decided resource programme without a new meeting. The law allows it only when
   * nothing new has happened; otherwise the case belongs before the team again.
   */
  extendWithoutMeeting(input: {
    nothingNew: boolean;
    reason: string;
    decisionMakerId: string;
    extendedUntil: string | null;
    recordedBy: string;
    now: Date;
  }): ResourceProgrammeExtension {
    this.requireDecidedResourceProgramme('extended without a new meeting');
    if (!input.nothingNew) {
      throw DomainError.ruleViolated(
        'A resource programme can be extended without a meeting only when nothing new has happened; otherwise the case goes back to the team.',
      );
    }
    if (input.reason.trim().length === 0) {
      throw DomainError.ruleViolated('An extension without a meeting needs a recorded reason.');
    }
    if (input.decisionMakerId.trim().length === 0) {
      throw DomainError.ruleViolated('An extension without a meeting needs the decision maker who decided it.');
    }
    if (input.extendedUntil !== null && input.extendedUntil <= input.now.toISOString().slice(0, 10)) {
      throw DomainError.ruleViolated('The extended end date must lie in the future.');
    }
    const extension: ResourceProgrammeExtension = {
      extensionId: randomUUID(),
      reason: input.reason.trim(),
      decisionMakerId: input.decisionMakerId,
      extendedUntil: input.extendedUntil,
      recordedBy: input.recordedBy,
      recordedAt: input.now,
    };
    this.state = { ...this.state, extensions: [...this.state.extensions, extension] };
    this.pending.push({ kind: 'resource-programme-extended', extension });
    return extension;
  }

  /** The first activity of the resource programme started; this stops the 6-month re-presentation clock. */
  recordActivityStarted(startedAt: Date, recordedBy: string, now: Date): void {
    const decision = this.requireDecidedResourceProgramme('given a first activity');
    if (this.state.activityStartedAt) {
      throw DomainError.conflict('The first activity of this resource programme has already been recorded.');
    }
    if (startedAt.getTime() > now.getTime()) {
      throw DomainError.ruleViolated('The first activity cannot be recorded as started in the future.');
    }
    if (startedAt.getTime() < decision.decidedAt.getTime()) {
      throw DomainError.ruleViolated(
        'The first activity cannot have started before the resource programme was decided.',
      );
    }
    this.state = { ...this.state, activityStartedAt: startedAt };
    this.pending.push({ kind: 'activity-started', startedAt, recordedBy });
  }

  /** Whether this is a decided resource programme whose first activity has not been recorded yet. */
  awaitsFirstActivity(): boolean {
    return (
      this.state.status === 'decided' &&
      this.state.decision?.outcome === 'resource-programme' &&
      this.state.activityStartedAt === null
    );
  }

  /** Whether the case is due to go back to the team on this day because no activity has started. */
  isDueForRePresentation(now: Date): boolean {
    const decision = this.state.decision;
    return (
      this.state.status === 'decided' &&
      decision?.outcome === 'resource-programme' &&
      this.state.activityStartedAt === null &&
      this.state.rePresentation === null &&
      addMonths(decision.decidedAt, MONTHS_TO_FIRST_ACTIVITY).getTime() <= now.getTime()
    );
  }

  /** Sends the case back to the team, once: no activity started within 6 months of the decision. */
  rePresentForMissingActivity(now: Date): RePresentation | null {
    if (!this.isDueForRePresentation(now)) return null;
    const rePresentation: RePresentation = {
      reason: 'no-activity-within-six-months',
      reasonText: `No activity of the resource programme started within ${MONTHS_TO_FIRST_ACTIVITY} months of the decision.`,
      rePresentedAt: now,
    };
    this.state = { ...this.state, rePresentation };
    this.pending.push({ kind: 're-presented', rePresentation });
    return rePresentation;
  }

  private requireDecidedResourceProgramme(what: string): CaseDecision {
    const decision = this.state.decision;
    if (this.state.status !== 'decided' || !decision) {
      throw DomainError.ruleViolated(
        `Only a decided resource programme can be ${what}; this case has no decision yet.`,
      );
    }
    if (decision.outcome !== 'resource-programme') {
      throw DomainError.ruleViolated(
        `Only a resource programme (ressourceforløb) can be ${what}; this case was decided as ${decision.outcome}.`,
      );
    }
    return decision;
  }

  get id(): string {
    return this.state.id;
  }

  snapshot(): Readonly<RehabilitationCaseState> {
    return this.state;
  }

  /** What happened since the case was loaded; the repository turns these into outbox rows. */
  pullEvents(): RehabilitationCaseEvent[] {
    return this.pending.splice(0, this.pending.length);
  }
}
