import { randomUUID } from 'node:crypto';
import { CASE_TYPES, type CaseType, type Department, type RecommendationOutcome } from '@rehab/contracts';
import { DomainError } from '@rehab/platform';

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
  submittedBy: string;
  submittedAt: Date;
}

export interface CaseDecision {
  decisionId: string;
  outcome: RecommendationOutcome;
  followsRecommendation: boolean;
  decidedAt: Date;
}

export interface RehabilitationCaseState {
  id: string;
  municipality: string;
  personId: string;
  caseType: CaseType;
  coordinatingCaseworkerId: string;
  generalPractitioner: GeneralPractitioner;
  requiredDepartments: Department[];
  status: CaseStatus;
  referredAt: Date;
  preparatoryPart: PreparatoryPart | null;
  decision: CaseDecision | null;
  version: number;
}

export type RehabilitationCaseEvent =
  | { kind: 'referred' }
  | { kind: 'preparatory-part-submitted'; part: PreparatoryPart }
  | { kind: 'decision-recorded'; decision: CaseDecision };

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
      status: 'referred',
      referredAt: input.now,
      preparatoryPart: null,
      decision: null,
      version: 0,
    });
    referred.pending.push({ kind: 'referred' });
    return referred;
  }

  static restore(state: RehabilitationCaseState): RehabilitationCase {
    return new RehabilitationCase(state);
  }

  /** Each submission is a new version; the job centre's contribution is the newest one. */
  submitPreparatoryPart(sections: PreparatorySections, submittedBy: string, now: Date): PreparatoryPart {
    if (this.state.status === 'decided') {
      throw DomainError.conflict('The case has been decided; its preparatory part can no longer change.');
    }
    const part: PreparatoryPart = {
      contributionId: this.state.preparatoryPart?.contributionId ?? randomUUID(),
      version: (this.state.preparatoryPart?.version ?? 0) + 1,
      sections,
      submittedBy,
      submittedAt: now,
    };
    this.state = { ...this.state, preparatoryPart: part };
    this.pending.push({ kind: 'preparatory-part-submitted', part });
    return part;
  }

  recordDecision(decision: CaseDecision): void {
    if (this.state.decision?.decisionId === decision.decisionId) return;
    this.state = { ...this.state, status: 'decided', decision };
    this.pending.push({ kind: 'decision-recorded', decision });
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
