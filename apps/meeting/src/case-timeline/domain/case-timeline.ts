import type { CaseType, Department, RecommendationOutcome } from '@rehab/contracts';
import type { DossierState } from '../../dossier/domain/dossier.aggregate';
import type { AgendaItem } from '../../meeting/domain/meeting.aggregate';
import type { AcknowledgementCode, OutcomeMessageState } from './outcome-message.aggregate';

export type TimelineEntry =
  | { kind: 'referred'; at: Date; caseType: CaseType | null }
  | { kind: 'contribution-submitted'; at: Date; department: Department; contributionId: string; version: number; by: string }
  | { kind: 'dossier-completed'; at: Date }
  | { kind: 'case-scheduled'; at: Date; meetingId: string; meetingStartsAt: Date }
  | {
      kind: 'recommendation-adopted';
      at: Date;
      meetingId: string;
      recommendationId: string;
      outcome: RecommendationOutcome;
      by: string;
    }
  | {
      kind: 'decision-recorded';
      at: Date;
      meetingId: string;
      decisionId: string;
      outcome: RecommendationOutcome;
      followsRecommendation: boolean;
      decidedAtMeeting: boolean;
      by: string;
    }
  | { kind: 'gp-outcome-sent'; at: Date; messageHeaderId: string; decisionId: string | null }
  | { kind: 'gp-outcome-acknowledged'; at: Date; messageHeaderId: string; code: AcknowledgementCode };

export type TimelineEntryKind = TimelineEntry['kind'];

/** The order of kinds that happen at the same instant, in the order the process runs. */
export const TIMELINE_ENTRY_KINDS: readonly TimelineEntryKind[] = [
  'referred',
  'contribution-submitted',
  'dossier-completed',
  'case-scheduled',
  'recommendation-adopted',
  'decision-recorded',
  'gp-outcome-sent',
  'gp-outcome-acknowledged',
];

export interface CaseFacts {
  dossier: Readonly<DossierState> | null;
  agendaHistory: readonly { meetingId: string; startsAt: Date; item: AgendaItem }[];
  outcomeMessages: readonly Readonly<OutcomeMessageState>[];
}

/** What happened to a case, as far as the meeting service has recorded it, oldest first. */
export function caseTimeline(facts: CaseFacts): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const { dossier } = facts;
  if (dossier?.referredAt) entries.push({ kind: 'referred', at: dossier.referredAt, caseType: dossier.caseType });
  for (const contribution of dossier?.contributions ?? []) {
    entries.push({
      kind: 'contribution-submitted',
      at: contribution.submittedAt,
      department: contribution.department,
      contributionId: contribution.contributionId,
      version: contribution.version,
      by: contribution.submittedBy,
    });
  }
  if (dossier?.completedAt) entries.push({ kind: 'dossier-completed', at: dossier.completedAt });
  for (const { meetingId, startsAt, item } of facts.agendaHistory) {
    entries.push({ kind: 'case-scheduled', at: item.placedAt, meetingId, meetingStartsAt: startsAt });
    if (item.recommendation) {
      entries.push({
        kind: 'recommendation-adopted',
        at: item.recommendation.adoptedAt,
        meetingId,
        recommendationId: item.recommendation.recommendationId,
        outcome: item.recommendation.outcome,
        by: item.recommendation.adoptedBy,
      });
    }
    if (item.decision) {
      entries.push({
        kind: 'decision-recorded',
        at: item.decision.decidedAt,
        meetingId,
        decisionId: item.decision.decisionId,
        outcome: item.decision.outcome,
        followsRecommendation: item.decision.followsRecommendation,
        decidedAtMeeting: item.decision.decidedAtMeeting,
        by: item.decision.decidedBy,
      });
    }
  }
  for (const message of facts.outcomeMessages) {
    if (message.sentAt) {
      entries.push({
        kind: 'gp-outcome-sent',
        at: message.sentAt,
        messageHeaderId: message.messageHeaderId,
        decisionId: message.decisionId,
      });
    }
    for (const acknowledgement of message.acknowledgements) {
      entries.push({
        kind: 'gp-outcome-acknowledged',
        at: acknowledgement.acknowledgedAt,
        messageHeaderId: message.messageHeaderId,
        code: acknowledgement.code,
      });
    }
  }
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort(
      (a, b) =>
        a.entry.at.getTime() - b.entry.at.getTime() ||
        TIMELINE_ENTRY_KINDS.indexOf(a.entry.kind) - TIMELINE_ENTRY_KINDS.indexOf(b.entry.kind) ||
        a.index - b.index,
    )
    .map(({ entry }) => entry);
}
