import { randomUUID } from 'node:crypto';
import { RECOMMENDATION_OUTCOMES, type Department, type RecommendationOutcome } from '@rehab/contracts';
import { DomainError } from '@rehab/platform';

/** The joint recommendation (indstilling) the team adopts for one case. */
export interface Recommendation {
  recommendationId: string;
  outcome: RecommendationOutcome;
  text: string;
  adoptedBy: string;
  adoptedAt: Date;
}

/** The municipality's decision (afgørelse). By law the municipality decides, not the team. */
export interface Decision {
  decisionId: string;
  recommendationId: string;
  outcome: RecommendationOutcome;
  followsRecommendation: boolean;
  decidedBy: string;
  decidedAtMeeting: boolean;
  decidedAt: Date;
}

/** One case on the meeting's agenda, and what the meeting made of it. */
export interface AgendaItem {
  caseId: string;
  /** Pseudonymous person id. */
  personId: string;
  placedAt: Date;
  recommendation: Recommendation | null;
  decision: Decision | null;
}

export type AgendaItemStatus = 'scheduled' | 'recommended' | 'decided';

export function agendaItemStatus(item: AgendaItem): AgendaItemStatus {
  if (item.decision) return 'decided';
  return item.recommendation ? 'recommended' : 'scheduled';
}

/** What the meeting must know of a case's dossier before the case can go on its agenda. */
export interface DossierReadiness {
  caseId: string;
  personId: string;
  municipality: string;
  status: 'awaiting-referral' | 'incomplete' | 'complete';
  missingDepartments: readonly Department[];
}

export interface MeetingState {
  id: string;
  municipality: string;
  startsAt: Date;
  /** The chair (mødeleder). */
  chairId: string;
  scheduledAt: Date;
  agenda: AgendaItem[];
  version: number;
}

export type MeetingEvent =
  | { kind: 'scheduled' }
  | { kind: 'case-placed-on-agenda'; item: AgendaItem }
  | { kind: 'recommendation-adopted'; caseId: string; recommendation: Recommendation }
  | { kind: 'decision-recorded'; caseId: string; decision: Decision };

/** A rehabilitation-team meeting: its agenda, and the recommendations and decisions made at it. */
export class Meeting {
  private readonly pending: MeetingEvent[] = [];

  private constructor(private state: MeetingState) {}

  static schedule(input: { municipality: string; startsAt: Date; chairId: string; now: Date }): Meeting {
    if (Number.isNaN(input.startsAt.getTime())) {
      throw DomainError.ruleViolated('The meeting needs a valid start time.');
    }
    const meeting = new Meeting({
      id: randomUUID(),
      municipality: input.municipality,
      startsAt: input.startsAt,
      chairId: input.chairId,
      scheduledAt: input.now,
      agenda: [],
      version: 0,
    });
    meeting.pending.push({ kind: 'scheduled' });
    return meeting;
  }

  static restore(state: MeetingState): Meeting {
    return new Meeting(state);
  }

  /**
   * Only a complete dossier of the meeting's own municipality goes on the agenda, and a case
   * waits for a decision at one meeting at a time.
   */
  placeCaseOnAgenda(
    dossier: DossierReadiness | null,
    awaitingDecisionAtAnotherMeeting: boolean,
    now: Date,
  ): AgendaItem {
    if (!dossier || dossier.status === 'awaiting-referral') {
      throw DomainError.ruleViolated(
        'The case has no dossier at the meeting service: it has not been referred, or the referral has not arrived yet.',
      );
    }
    if (dossier.municipality !== this.state.municipality) {
      throw DomainError.ruleViolated('The case belongs to another municipality than the meeting.');
    }
    if (this.findItem(dossier.caseId)) {
      throw DomainError.ruleViolated('The case is already on this meeting’s agenda.');
    }
    if (awaitingDecisionAtAnotherMeeting) {
      throw DomainError.ruleViolated('The case is already on the agenda of another meeting and has not been decided there.');
    }
    if (dossier.status !== 'complete') {
      throw DomainError.ruleViolated(
        `The case’s dossier is not complete; still missing a contribution from: ${dossier.missingDepartments.join(', ')}.`,
      );
    }
    const item: AgendaItem = {
      caseId: dossier.caseId,
      personId: dossier.personId,
      placedAt: now,
      recommendation: null,
      decision: null,
    };
    this.state = { ...this.state, agenda: [...this.state.agenda, item] };
    this.pending.push({ kind: 'case-placed-on-agenda', item });
    return item;
  }

  /** The team gives one joint recommendation per case, with exactly one outcome. */
  adoptRecommendation(
    caseId: string,
    input: { outcome: string; text: string; adoptedBy: string },
    now: Date,
  ): Recommendation {
    const item = this.requireItem(caseId);
    if (item.recommendation) {
      throw DomainError.ruleViolated('A recommendation has already been adopted for this case at this meeting.');
    }
    const text = input.text.trim();
    if (text.length === 0) throw DomainError.ruleViolated('The recommendation needs a text.');
    const recommendation: Recommendation = {
      recommendationId: randomUUID(),
      outcome: requireOutcome(input.outcome),
      text,
      adoptedBy: input.adoptedBy,
      adoptedAt: now,
    };
    this.replaceItem({ ...item, recommendation });
    this.pending.push({ kind: 'recommendation-adopted', caseId, recommendation });
    return recommendation;
  }

  /** A recommendation is not a decision: the decision comes after it, once, and says whether it follows it. */
  recordDecision(
    caseId: string,
    input: { outcome: string; decidedBy: string; decidedAtMeeting: boolean },
    now: Date,
  ): Decision {
    const item = this.requireItem(caseId);
    if (!item.recommendation) {
      throw DomainError.ruleViolated('A decision can only be recorded after the team has adopted its recommendation.');
    }
    if (item.decision) {
      throw DomainError.ruleViolated('A decision has already been recorded for this case at this meeting.');
    }
    const outcome = requireOutcome(input.outcome);
    const decision: Decision = {
      decisionId: randomUUID(),
      recommendationId: item.recommendation.recommendationId,
      outcome,
      followsRecommendation: outcome === item.recommendation.outcome,
      decidedBy: input.decidedBy,
      decidedAtMeeting: input.decidedAtMeeting,
      decidedAt: now,
    };
    this.replaceItem({ ...item, decision });
    this.pending.push({ kind: 'decision-recorded', caseId, decision });
    return decision;
  }

  findItem(caseId: string): AgendaItem | undefined {
    return this.state.agenda.find((item) => item.caseId === caseId);
  }

  get id(): string {
    return this.state.id;
  }

  snapshot(): Readonly<MeetingState> {
    return this.state;
  }

  /** What happened since the meeting was loaded; the repository turns these into rows and outbox events. */
  pullEvents(): MeetingEvent[] {
    return this.pending.splice(0, this.pending.length);
  }

  private requireItem(caseId: string): AgendaItem {
    const item = this.findItem(caseId);
    if (!item) throw DomainError.ruleViolated('The case is not on this meeting’s agenda.');
    return item;
  }

  private replaceItem(changed: AgendaItem): void {
    this.state = {
      ...this.state,
      agenda: this.state.agenda.map((item) => (item.caseId === changed.caseId ? changed : item)),
    };
  }
}

function requireOutcome(outcome: string): RecommendationOutcome {
  if (!(RECOMMENDATION_OUTCOMES as readonly string[]).includes(outcome)) {
    throw DomainError.ruleViolated(`The outcome must be one of: ${RECOMMENDATION_OUTCOMES.join(', ')}.`);
  }
  return outcome as RecommendationOutcome;
}
