import { Injectable } from '@nestjs/common';
import type { SignedInPerson } from '../session/signed-in-person';
import { WebSettings } from '../web-settings';
import { callService, findInService } from './service-call';

export interface ContributionVersion {
  contributionId: string;
  version: number;
  submittedBy: string;
  submittedAt: string;
}
export interface DepartmentContribution {
  department: string;
  required: boolean;
  status: 'submitted' | 'missing';
  current: (ContributionVersion & { content: Record<string, string> }) | null;
  earlierVersions: ContributionVersion[];
  dueBy: string | null;
  overdue: boolean;
}
export interface GpCertificateStatus {
  status: string;
  requestedAt: string | null;
  answerDeadline: string | null;
  receivedAt: string | null;
  documentReference: string | null;
  absenceReason: string | null;
}
export interface DossierSummary {
  caseId: string;
  municipality: string;
  personId: string;
  caseType: string | null;
  status: string;
  referredAt: string | null;
  completedAt: string | null;
  requiredDepartments: string[];
  missingDepartments: string[];
  gpCertificateMissing: boolean;
  gpCertificate: GpCertificateStatus;
}
export interface Dossier extends DossierSummary {
  scheduledMeeting: { meetingId: string; startsAt: string } | null;
  contributions: DepartmentContribution[];
}
export interface Recommendation {
  recommendationId: string;
  outcome: string;
  text: string;
  adoptedBy: string;
  adoptedAt: string;
}
export interface Decision {
  decisionId: string;
  outcome: string;
  followsRecommendation: boolean;
  decidedBy: string;
  decidedAtMeeting: boolean;
  decidedAt: string;
  deviationReason: string | null;
}
export interface AgendaItem {
  caseId: string;
  personId: string;
  placedAt: string;
  late: boolean;
  status: string;
  educationMemberRequired: boolean;
  citizen: { present: boolean; absenceReason: string | null; supporter: string | null } | null;
  recommendation: Recommendation | null;
  pendingDecision: { owner: string; dueDate: string } | null;
  decision: Decision | null;
}
export interface Meeting {
  meetingId: string;
  municipality: string;
  startsAt: string;
  chairId: string;
  capacity: number;
  slotMinutes: number;
  agendaPublishesAt: string;
  agenda: AgendaItem[];
  attendance: { role: string; staffId: string; present: boolean }[];
  quorum: { hasQuorum: boolean; missingRoles: string[] };
  proceedings: ProceedingStep[];
}
/** A step of the order of business: opened, then per case presentation, dialogue, conclusion, citizen-questions. */
export interface ProceedingStep {
  sequence: number;
  step: string;
  caseId: string | null;
  recordedBy: string;
  recordedAt: string;
}
/** A recommended case without a decision; pendingDecision is set when it was deferred to after the meeting. */
export interface PendingDecisionItem {
  caseId: string;
  meetingId: string;
  meetingStartsAt: string;
  recommendation: { outcome: string; adoptedAt: string };
  pendingDecision: { owner: string; dueDate: string } | null;
}
export interface TimelineEntry {
  kind: string;
  at: string;
  [detail: string]: unknown;
}
export interface JointPlan {
  employmentGoal: string;
  version: number;
  items: {
    itemId: string;
    department: string;
    description: string;
    ownerId: string;
    startsOn: string;
    endsOn: string;
  }[];
}
export interface DurationSummary {
  count: number;
  averageDays: number | null;
  medianDays: number | null;
  longestDays: number | null;
}
export interface MunicipalityStatistics {
  municipality: string;
  referralToMeeting: DurationSummary;
  meetingToDecision: DurationSummary;
  decisionToGpAcknowledgement: DurationSummary;
  recommendedOutcomes: { outcome: string; count: number }[];
  decidedOutcomes: { outcome: string; count: number }[];
  decisionsAgainstRecommendation: number;
  quorumHistory: { meetingId: string; startsAt: string; hasQuorum: boolean; missingRoles: string[] }[];
  overdueContributions: { department: string; overdue: number; stillMissing: number }[];
}

/** The meeting service: dossiers, meetings, recommendations, decisions, plans, timeline and statistics. */
@Injectable()
export class MeetingClient {
  constructor(private readonly settings: WebSettings) {}

  private url(path: string): string {
    return `${this.settings.meetingUrl}/api${path}`;
  }

  dossiers(person: SignedInPerson, status?: 'complete' | 'incomplete'): Promise<DossierSummary[]> {
    const query = new URLSearchParams({ municipality: person.municipality, ...(status ? { status } : {}) });
    return callService(person, 'GET', this.url(`/dossiers?${query.toString()}`));
  }

  dossier(person: SignedInPerson, caseId: string): Promise<Dossier | null> {
    return findInService(person, this.url(`/dossiers/${encodeURIComponent(caseId)}`));
  }

  timeline(person: SignedInPerson, caseId: string): Promise<{ entries: TimelineEntry[] } | null> {
    return findInService(person, this.url(`/cases/${encodeURIComponent(caseId)}/timeline`));
  }

  plan(person: SignedInPerson, caseId: string): Promise<JointPlan | null> {
    return findInService(person, this.url(`/cases/${encodeURIComponent(caseId)}/plan`));
  }

  meetings(person: SignedInPerson, from: Date | null): Promise<Meeting[]> {
    const query = new URLSearchParams({ municipality: person.municipality, limit: '200' });
    if (from) query.set('from', from.toISOString());
    return callService(person, 'GET', this.url(`/meetings?${query.toString()}`));
  }

  /**
   * The meetings of the last year and to come: enough for the cases still waiting and the
   * decisions still pending, without reading a municipality's whole history.
   */
  recentMeetings(person: SignedInPerson, now = new Date()): Promise<Meeting[]> {
    return this.meetings(person, new Date(now.getTime() - 365 * 24 * 60 * 60 * 1000));
  }

  /** Every decision the municipality still has to take, earliest due first, however old the meeting. */
  pendingDecisions(person: SignedInPerson): Promise<PendingDecisionItem[]> {
    const query = new URLSearchParams({ municipality: person.municipality });
    return callService(person, 'GET', this.url(`/decisions/pending?${query.toString()}`));
  }

  meeting(person: SignedInPerson, meetingId: string): Promise<Meeting | null> {
    return findInService(person, this.url(`/meetings/${encodeURIComponent(meetingId)}`));
  }

  scheduleMeeting(person: SignedInPerson, startsAt: string, capacity: number | undefined): Promise<Meeting> {
    return callService(person, 'POST', this.url('/meetings'), {
      municipality: person.municipality,
      startsAt,
      chairId: person.id,
      ...(capacity === undefined ? {} : { capacity }),
    });
  }

  placeCase(person: SignedInPerson, meetingId: string, caseId: string): Promise<unknown> {
    return callService(person, 'POST', this.url(`/meetings/${encodeURIComponent(meetingId)}/cases`), { caseId });
  }

  recordAttendance(
    person: SignedInPerson,
    meetingId: string,
    members: { role: string; staffId: string; present: boolean }[],
  ): Promise<Meeting> {
    return callService(person, 'POST', this.url(`/meetings/${encodeURIComponent(meetingId)}/attendance`), { members });
  }

  recordProceedingStep(
    person: SignedInPerson,
    meetingId: string,
    step: string,
    caseId: string | null,
  ): Promise<ProceedingStep> {
    return callService(person, 'POST', this.url(`/meetings/${encodeURIComponent(meetingId)}/proceedings`), {
      step,
      ...(caseId ? { caseId } : {}),
      recordedBy: person.id,
    });
  }

  private caseUrl(meetingId: string, caseId: string, rest: string): string {
    return this.url(`/meetings/${encodeURIComponent(meetingId)}/cases/${encodeURIComponent(caseId)}${rest}`);
  }

  recordCitizenAttendance(
    person: SignedInPerson,
    meetingId: string,
    caseId: string,
    body: { present: boolean; absenceReason?: string; supporter?: string },
  ): Promise<unknown> {
    return callService(person, 'POST', this.caseUrl(meetingId, caseId, '/citizen-attendance'), body);
  }

  recommendationDraft(person: SignedInPerson, meetingId: string, caseId: string): Promise<{ html: string } | null> {
    return findInService(person, this.caseUrl(meetingId, caseId, '/recommendation/draft'));
  }

  adoptRecommendation(
    person: SignedInPerson,
    meetingId: string,
    caseId: string,
    body: Record<string, string>,
  ): Promise<unknown> {
    return callService(person, 'POST', this.caseUrl(meetingId, caseId, '/recommendation'), {
      ...body,
      adoptedBy: person.id,
    });
  }

  recordDecision(
    person: SignedInPerson,
    meetingId: string,
    caseId: string,
    body: { outcome: string; decidedAtMeeting: boolean; deviationReason?: string },
  ): Promise<unknown> {
    return callService(person, 'POST', this.caseUrl(meetingId, caseId, '/decision'), { ...body, decidedBy: person.id });
  }

  recordPendingDecision(
    person: SignedInPerson,
    meetingId: string,
    caseId: string,
    owner: string,
    dueDate: string,
  ): Promise<unknown> {
    return callService(person, 'POST', this.caseUrl(meetingId, caseId, '/decision/pending'), { owner, dueDate });
  }

  adoptPlan(
    person: SignedInPerson,
    meetingId: string,
    caseId: string,
    body: { employmentGoal: string; items: unknown[] },
  ): Promise<unknown> {
    return callService(person, 'POST', this.caseUrl(meetingId, caseId, '/plan'), { ...body, adoptedBy: person.id });
  }

  statistics(person: SignedInPerson): Promise<MunicipalityStatistics> {
    return callService(person, 'GET', this.url(`/statistics?municipality=${encodeURIComponent(person.municipality)}`));
  }
}
