import { randomUUID } from 'node:crypto';
import {
  MEETING_MEMBER_ROLES,
  RECOMMENDATION_OUTCOMES,
  type Department,
  type RecommendationOutcome,
} from '@rehab/contracts';
import { DomainError } from '@rehab/platform';
import { nextProceedingStep, type ProceedingStep } from './order-of-business';

/** Who sits on the rehabilitation team at a meeting; the contract names them, as attendance is announced. */
export const MEMBER_ROLES = MEETING_MEMBER_ROLES;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/**
 * The roles that must be present for quorum. Practice asks that the company consultant always
 * takes part; the education member is added only when a case on the agenda requires it.
 */
export const QUORUM_ROLES: readonly MemberRole[] = [
  'chair',
  'employment',
  'health',
  'social',
  'region-health-coordinator',
  'company-consultant',
];

/** One member's attendance at the meeting; recording it again for the same person replaces it. */
export interface Attendance {
  role: MemberRole;
  staffId: string;
  present: boolean;
  recordedAt: Date;
}

export interface Quorum {
  hasQuorum: boolean;
  missingRoles: MemberRole[];
}

/** Whether the citizen (borger) took part in their case, and who supported them (bisidder). */
export interface CitizenAttendance {
  present: boolean;
  absenceReason: string | null;
  supporter: string | null;
  recordedAt: Date;
}

/** What a disability-pension recommendation must state (førtidspension). */
export interface PensionGrounds {
  employmentFactors: string;
  socialFactors: string;
  healthFactors: string;
  /** Why work capacity is substantially and permanently reduced. */
  workCapacityReasoning: string;
}

/** The joint recommendation (indstilling) the team adopts for one case. */
export interface Recommendation {
  recommendationId: string;
  outcome: RecommendationOutcome;
  text: string;
  adoptedBy: string;
  adoptedAt: Date;
  /** Why the chair let a meeting without quorum adopt it; null when the meeting had quorum. */
  quorumOverrideReason: string | null;
  pensionGrounds: PensionGrounds | null;
}

/** A decision not taken at the meeting: who owes it, and by when. */
export interface PendingDecision {
  owner: string;
  dueDate: Date;
  recordedAt: Date;
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
  /** Why the municipality decided against the recommendation; the case then goes back to the team. */
  deviationReason: string | null;
}

/** One case on the meeting's agenda, and what the meeting made of it. */
export interface AgendaItem {
  caseId: string;
  /** Pseudonymous person id. */
  personId: string;
  placedAt: Date;
  /** Placed after the agenda was published: an exception the team should see. */
  late: boolean;
  /** The referral asked for the education member (a citizen under 30 without a vocational qualification). */
  educationMemberRequired: boolean;
  citizen: CitizenAttendance | null;
  recommendation: Recommendation | null;
  pendingDecision: PendingDecision | null;
  decision: Decision | null;
}

export type AgendaItemStatus = 'scheduled' | 'recommended' | 'decided';

export function agendaItemStatus(item: AgendaItem): AgendaItemStatus {
  if (item.decision) return 'decided';
  return item.recommendation ? 'recommended' : 'scheduled';
}

/** What the meeting must know of a case's dossier to put it on the agenda and to adopt a recommendation on it. */
export interface DossierReadiness {
  caseId: string;
  personId: string;
  municipality: string;
  status: 'awaiting-referral' | 'incomplete' | 'complete';
  missingDepartments: readonly Department[];
  /** Neither the GP certificate nor a reason for its absence is recorded. */
  gpCertificateMissing?: boolean;
  requiresEducationMember?: boolean;
}

export interface MeetingState {
  id: string;
  municipality: string;
  startsAt: Date;
  /** The chair (mødeleder). */
  chairId: string;
  scheduledAt: Date;
  /** How many cases the meeting takes (about 5). */
  capacity: number;
  /** Minutes per case, 30 to 60. */
  slotMinutes: number;
  /** When the agenda goes out; a case placed after it is late. */
  agendaPublishesAt: Date;
  /** When the agenda was announced as published; null until then. */
  agendaPublishedAt: Date | null;
  /** The recurring series the meeting belongs to, if any. */
  seriesId: string | null;
  agenda: AgendaItem[];
  attendance: Attendance[];
  /** The order of business as it happened, step by step. */
  proceedings: ProceedingStep[];
  version: number;
}

/** How a meeting is planned; every field has the municipality's usual value as default. */
export interface MeetingPlan {
  capacity?: number;
  slotMinutes?: number;
  /** Hours before the start at which the agenda is published. */
  agendaLeadHours?: number;
}

export const MEETING_PLAN_DEFAULTS = { capacity: 5, slotMinutes: 45, agendaLeadHours: 24 } as const;

export type MeetingEvent =
  | { kind: 'scheduled' }
  | { kind: 'case-placed-on-agenda'; item: AgendaItem }
  | { kind: 'recommendation-adopted'; caseId: string; recommendation: Recommendation }
  | {
      kind: 'quorum-overridden';
      caseId: string;
      recommendation: Recommendation;
      reason: string;
      missingRoles: MemberRole[];
    }
  | { kind: 'agenda-published'; publishedAt: Date; agenda: readonly AgendaItem[] }
  | { kind: 'decision-recorded'; caseId: string; decision: Decision }
  | { kind: 'attendance-recorded'; attendance: Attendance; quorum: Quorum }
  | { kind: 'proceeding-step-recorded'; step: ProceedingStep }
  | { kind: 'citizen-attendance-recorded'; caseId: string; citizen: CitizenAttendance }
  | { kind: 'decision-pending'; caseId: string; pendingDecision: PendingDecision }
  | { kind: 'case-returned-to-team'; caseId: string; decisionId: string; reason: string; returnedAt: Date };

/** A rehabilitation-team meeting: its agenda, and the recommendations and decisions made at it. */
export class Meeting {
  private readonly pending: MeetingEvent[] = [];

  private constructor(private state: MeetingState) {}

  static schedule(
    input: { municipality: string; startsAt: Date; chairId: string; now: Date; seriesId?: string | null } & MeetingPlan,
  ): Meeting {
    if (Number.isNaN(input.startsAt.getTime())) {
      throw DomainError.ruleViolated('The meeting needs a valid start time.');
    }
    const capacity = input.capacity ?? MEETING_PLAN_DEFAULTS.capacity;
    const slotMinutes = input.slotMinutes ?? MEETING_PLAN_DEFAULTS.slotMinutes;
    const agendaLeadHours = input.agendaLeadHours ?? MEETING_PLAN_DEFAULTS.agendaLeadHours;
    if (!Number.isInteger(capacity) || capacity < 1 || capacity > 10) {
      throw DomainError.ruleViolated('A meeting takes between 1 and 10 cases.');
    }
    if (!Number.isInteger(slotMinutes) || slotMinutes < 30 || slotMinutes > 60) {
      throw DomainError.ruleViolated('A case slot lasts between 30 and 60 minutes.');
    }
    if (!(agendaLeadHours >= 0 && agendaLeadHours <= 168)) {
      throw DomainError.ruleViolated('The agenda is published between 0 and 168 hours before the meeting.');
    }
    const meeting = new Meeting({
      id: randomUUID(),
      municipality: input.municipality,
      startsAt: input.startsAt,
      chairId: input.chairId,
      scheduledAt: input.now,
      capacity,
      slotMinutes,
      agendaPublishesAt: new Date(input.startsAt.getTime() - agendaLeadHours * 3_600_000),
      agendaPublishedAt: null,
      seriesId: input.seriesId ?? null,
      agenda: [],
      attendance: [],
      proceedings: [],
      version: 0,
    });
    meeting.pending.push({ kind: 'scheduled' });
    return meeting;
  }

  /** A recurring meeting (e.g. weekly): the same plan, every intervalDays, for a number of occurrences. */
  static scheduleSeries(
    input: {
      municipality: string;
      firstStartsAt: Date;
      intervalDays: number;
      occurrences: number;
      chairId: string;
      now: Date;
    } & MeetingPlan,
  ): Meeting[] {
    if (!Number.isInteger(input.occurrences) || input.occurrences < 1 || input.occurrences > 52) {
      throw DomainError.ruleViolated('A series has between 1 and 52 meetings.');
    }
    if (!Number.isInteger(input.intervalDays) || input.intervalDays < 1 || input.intervalDays > 28) {
      throw DomainError.ruleViolated('Meetings in a series recur every 1 to 28 days.');
    }
    const seriesId = randomUUID();
    const { firstStartsAt, intervalDays, occurrences, ...rest } = input;
    return Array.from({ length: occurrences }, (_, index) =>
      Meeting.schedule({
        ...rest,
        seriesId,
        startsAt: new Date(firstStartsAt.getTime() + index * intervalDays * 86_400_000),
      }),
    );
  }

  static restore(state: MeetingState): Meeting {
    return new Meeting(state);
  }

  /**
   * A referred case of the meeting's own municipality goes on the agenda before its dossier is
   * complete: the departments' deadlines count back from the meeting, and the case list goes
   * out ahead of it. Readiness is required when the team adopts its recommendation. A case
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
      throw DomainError.ruleViolated(
        'The case is already on the agenda of another meeting and has not been decided there.',
      );
    }
    if (!this.hasRoom()) {
      throw DomainError.ruleViolated(`The meeting is full: it takes ${this.state.capacity} cases.`);
    }
    const item: AgendaItem = {
      caseId: dossier.caseId,
      personId: dossier.personId,
      placedAt: now,
      late: now.getTime() > this.state.agendaPublishesAt.getTime(),
      educationMemberRequired: dossier.requiresEducationMember ?? false,
      citizen: null,
      recommendation: null,
      pendingDecision: null,
      decision: null,
    };
    this.state = { ...this.state, agenda: [...this.state.agenda, item] };
    this.pending.push({ kind: 'case-placed-on-agenda', item });
    return item;
  }

  /** Records a step of the order of business, refusing one taken out of order. */
  recordProceedingStep(input: { step: string; caseId: string | null; recordedBy: string }, now: Date): ProceedingStep {
    const agendaCaseIds = this.state.agenda.map((item) => item.caseId);
    const step = nextProceedingStep(this.state.proceedings, input, agendaCaseIds, now);
    this.state = { ...this.state, proceedings: [...this.state.proceedings, step] };
    this.pending.push({ kind: 'proceeding-step-recorded', step });
    return step;
  }

  proceedings(): readonly ProceedingStep[] {
    return this.state.proceedings;
  }

  /** Records who took part; the same person recorded again in the same role is corrected, not doubled. */
  recordAttendance(input: { role: string; staffId: string; present: boolean }, now: Date): Attendance {
    const role = requireRole(input.role);
    const staffId = input.staffId.trim();
    if (staffId.length === 0) throw DomainError.ruleViolated('Attendance needs the member’s staff id.');
    const attendance: Attendance = { role, staffId, present: input.present, recordedAt: now };
    this.state = {
      ...this.state,
      attendance: [
        ...this.state.attendance.filter((held) => !(held.role === role && held.staffId === staffId)),
        attendance,
      ],
    };
    this.pending.push({ kind: 'attendance-recorded', attendance, quorum: this.quorum() });
    return attendance;
  }

  /** Quorum: every required role has someone present. */
  quorum(): Quorum {
    const required: MemberRole[] = [...QUORUM_ROLES];
    if (this.state.agenda.some((item) => item.educationMemberRequired)) required.push('education');
    const missingRoles = required.filter(
      (role) => !this.state.attendance.some((held) => held.role === role && held.present),
    );
    return { hasQuorum: missingRoles.length === 0, missingRoles };
  }

  /**
   * The citizen takes part in their own case. The case may be handled without them only for a
   * recorded reason; a supporter (bisidder) may come along.
   */
  recordCitizenAttendance(
    caseId: string,
    input: { present: boolean; absenceReason?: string | null; supporter?: string | null },
    now: Date,
  ): CitizenAttendance {
    const item = this.requireItem(caseId);
    const absenceReason = blankToNull(input.absenceReason);
    if (!input.present && absenceReason === null) {
      throw DomainError.ruleViolated('The citizen’s absence needs a reason.');
    }
    const citizen: CitizenAttendance = {
      present: input.present,
      absenceReason: input.present ? null : absenceReason,
      supporter: blankToNull(input.supporter),
      recordedAt: now,
    };
    this.replaceItem({ ...item, citizen });
    this.pending.push({ kind: 'citizen-attendance-recorded', caseId, citizen });
    return citizen;
  }

  /**
   * The team gives one joint recommendation per case, with exactly one outcome, and only on a
   * ready dossier: every required contribution and the GP certificate or a reason for its absence. A meeting
   * without quorum adopts only when the chair records why; a disability-pension recommendation
   * must state the factors weighed and why work capacity is permanently reduced.
   */
  adoptRecommendation(
    caseId: string,
    input: {
      outcome: string;
      text: string;
      adoptedBy: string;
      quorumOverrideReason?: string | null;
      pensionGrounds?: Partial<PensionGrounds> | null;
      /** The case's dossier as it stands now; null when the meeting service has none. */
      dossier: DossierReadiness | null;
    },
    now: Date,
  ): Recommendation {
    const item = this.requireItem(caseId);
    if (item.recommendation) {
      throw DomainError.ruleViolated('A recommendation has already been adopted for this case at this meeting.');
    }
    requireReady(input.dossier);
    const text = input.text.trim();
    if (text.length === 0) throw DomainError.ruleViolated('The recommendation needs a text.');
    const outcome = requireOutcome(input.outcome);
    const missingRoles = this.quorum().missingRoles;
    const quorumOverrideReason = this.requireQuorumOrReason(input.adoptedBy, blankToNull(input.quorumOverrideReason));
    const recommendation: Recommendation = {
      recommendationId: randomUUID(),
      outcome,
      text,
      adoptedBy: input.adoptedBy,
      adoptedAt: now,
      quorumOverrideReason,
      pensionGrounds: outcome === 'disability-pension' ? requirePensionGrounds(input.pensionGrounds) : null,
    };
    this.replaceItem({ ...item, recommendation });
    this.pending.push({ kind: 'recommendation-adopted', caseId, recommendation });
    if (quorumOverrideReason !== null) {
      this.pending.push({
        kind: 'quorum-overridden',
        caseId,
        recommendation,
        reason: quorumOverrideReason,
        missingRoles,
      });
    }
    return recommendation;
  }

  /**
   * A decision outside the meeting's authority, or not taken there, waits with an owner and a
   * due date until it is recorded.
   */
  recordPendingDecision(caseId: string, input: { owner: string; dueDate: Date }, now: Date): PendingDecision {
    const item = this.requireItem(caseId);
    if (!item.recommendation) {
      throw DomainError.ruleViolated('A decision can only be pending after the team has adopted its recommendation.');
    }
    if (item.decision)
      throw DomainError.ruleViolated('A decision has already been recorded for this case at this meeting.');
    if (item.pendingDecision) throw DomainError.ruleViolated('The decision on this case is already pending.');
    const owner = input.owner.trim();
    if (owner.length === 0) throw DomainError.ruleViolated('A pending decision needs an owner.');
    if (Number.isNaN(input.dueDate.getTime()))
      throw DomainError.ruleViolated('A pending decision needs a valid due date.');
    if (startOfDay(input.dueDate) < startOfDay(now)) {
      throw DomainError.ruleViolated('The due date of a pending decision cannot be in the past.');
    }
    const pendingDecision: PendingDecision = { owner, dueDate: input.dueDate, recordedAt: now };
    this.replaceItem({ ...item, pendingDecision });
    this.pending.push({ kind: 'decision-pending', caseId, pendingDecision });
    return pendingDecision;
  }

  /**
   * A recommendation is not a decision: the decision comes after it, once, and says whether it
   * follows it. At the meeting only a decision maker who is present, and only for an outcome
   * type the meeting has authority for. A decision against the recommendation sends the case
   * back to the team with the reason.
   */
  recordDecision(
    caseId: string,
    input: { outcome: string; decidedBy: string; decidedAtMeeting: boolean; deviationReason?: string | null },
    authority: DecisionAuthority,
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
    if (input.decidedAtMeeting) {
      if (!authority.mayDecideAtMeeting(outcome)) {
        throw DomainError.ruleViolated(
          `A decision on ${outcome} is not taken at the meeting in this municipality; record it as pending with an owner and a due date, and record the decision later with decidedAtMeeting false.`,
        );
      }
      const decisionMakerPresent = this.state.attendance.some(
        (held) => held.role === 'decision-maker' && held.staffId === input.decidedBy && held.present,
      );
      if (!decisionMakerPresent) {
        throw DomainError.ruleViolated(
          'A decision at the meeting needs the decision maker recorded as present at it; otherwise the decision is pending.',
        );
      }
    }
    const followsRecommendation = outcome === item.recommendation.outcome;
    const deviationReason = followsRecommendation ? null : blankToNull(input.deviationReason);
    if (!followsRecommendation && deviationReason === null) {
      throw DomainError.ruleViolated(
        'A decision against the recommendation needs a reason (deviationReason); the case goes back to the team with it.',
      );
    }
    const decision: Decision = {
      decisionId: randomUUID(),
      recommendationId: item.recommendation.recommendationId,
      outcome,
      followsRecommendation,
      decidedBy: input.decidedBy,
      decidedAtMeeting: input.decidedAtMeeting,
      decidedAt: now,
      deviationReason,
    };
    this.replaceItem({ ...item, decision });
    this.pending.push({ kind: 'decision-recorded', caseId, decision });
    if (deviationReason !== null) {
      this.pending.push({
        kind: 'case-returned-to-team',
        caseId,
        decisionId: decision.decisionId,
        reason: deviationReason,
        returnedAt: now,
      });
    }
    return decision;
  }

  /**
   * The case list goes out once, when the agenda's lead time before the meeting has come.
   * Returns false when it is not yet time, or it already went out.
   */
  publishAgendaIfDue(now: Date): boolean {
    if (this.state.agendaPublishedAt !== null) return false;
    if (now.getTime() < this.state.agendaPublishesAt.getTime()) return false;
    this.state = { ...this.state, agendaPublishedAt: now };
    this.pending.push({ kind: 'agenda-published', publishedAt: now, agenda: this.state.agenda });
    return true;
  }

  hasRoom(): boolean {
    return this.state.agenda.length < this.state.capacity;
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

  private requireQuorumOrReason(adoptedBy: string, reason: string | null): string | null {
    const quorum = this.quorum();
    if (quorum.hasQuorum) return null;
    if (reason === null) {
      throw DomainError.ruleViolated(
        `The meeting has no quorum (missing: ${quorum.missingRoles.join(', ')}); the chair must record why the team adopts the recommendation anyway (quorumOverrideReason).`,
      );
    }
    if (adoptedBy !== this.state.chairId) {
      throw DomainError.ruleViolated('Only the chair can adopt a recommendation at a meeting without quorum.');
    }
    return reason;
  }

  private replaceItem(changed: AgendaItem): void {
    this.state = {
      ...this.state,
      agenda: this.state.agenda.map((item) => (item.caseId === changed.caseId ? changed : item)),
    };
  }
}

/** Which outcome types the municipality lets a decision maker decide at the meeting itself. */
export class DecisionAuthority {
  /** By default disability pension is decided outside the meeting. */
  static readonly DEFAULT_OUTCOMES: readonly RecommendationOutcome[] = RECOMMENDATION_OUTCOMES.filter(
    (outcome) => outcome !== 'disability-pension',
  );

  private constructor(private readonly outcomes: readonly RecommendationOutcome[]) {}

  static of(outcomes: readonly string[]): DecisionAuthority {
    return new DecisionAuthority(outcomes.map(requireOutcome));
  }

  static byDefault(): DecisionAuthority {
    return new DecisionAuthority(DecisionAuthority.DEFAULT_OUTCOMES);
  }

  mayDecideAtMeeting(outcome: RecommendationOutcome): boolean {
    return this.outcomes.includes(outcome);
  }

  get atMeeting(): readonly RecommendationOutcome[] {
    return this.outcomes;
  }
}

/** A case is ready when every required contribution is submitted and the GP certificate is there or its absence explained. */
function requireReady(dossier: DossierReadiness | null): void {
  if (!dossier || dossier.status === 'awaiting-referral') {
    throw DomainError.ruleViolated('The case has no dossier at the meeting service: its referral has not arrived.');
  }
  if (dossier.status === 'complete') return;
  const missing = [
    ...(dossier.missingDepartments.length > 0 ? [`a contribution from: ${dossier.missingDepartments.join(', ')}`] : []),
    ...(dossier.gpCertificateMissing ? ['the GP certificate or a recorded reason for its absence'] : []),
  ];
  throw DomainError.ruleViolated(
    `The case is not ready for a recommendation: its dossier still misses ${missing.join('; and ')}.`,
  );
}

function requireRole(role: string): MemberRole {
  if (!(MEMBER_ROLES as readonly string[]).includes(role)) {
    throw DomainError.ruleViolated(`The member role must be one of: ${MEMBER_ROLES.join(', ')}.`);
  }
  return role as MemberRole;
}

function requirePensionGrounds(grounds: Partial<PensionGrounds> | null | undefined): PensionGrounds {
  const stated = {
    employmentFactors: blankToNull(grounds?.employmentFactors),
    socialFactors: blankToNull(grounds?.socialFactors),
    healthFactors: blankToNull(grounds?.healthFactors),
    workCapacityReasoning: blankToNull(grounds?.workCapacityReasoning),
  };
  const missing = Object.entries(stated)
    .filter(([, value]) => value === null)
    .map(([name]) => name);
  if (missing.length > 0) {
    throw DomainError.ruleViolated(
      `A disability-pension recommendation must state the employment, social and health factors weighed and why work capacity is substantially and permanently reduced; missing: ${missing.join(', ')}.`,
    );
  }
  return stated as PensionGrounds;
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed.length === 0 ? null : trimmed;
}

function startOfDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

function requireOutcome(outcome: string): RecommendationOutcome {
  if (!(RECOMMENDATION_OUTCOMES as readonly string[]).includes(outcome)) {
    throw DomainError.ruleViolated(`The outcome must be one of: ${RECOMMENDATION_OUTCOMES.join(', ')}.`);
  }
  return outcome as RecommendationOutcome;
}
