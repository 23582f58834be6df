import type { RecommendationOutcome } from '@rehab/contracts';

/** pending → sent → acknowledged. A message is pending until its GP is known and it has been delivered. */
export const OUTCOME_MESSAGE_STATUSES = ['pending', 'sent', 'acknowledged'] as const;
export type OutcomeMessageStatus = (typeof OUTCOME_MESSAGE_STATUSES)[number];

/** Why a pending message has not gone yet. */
export type PendingReason = 'awaiting-referral' | 'awaiting-delivery';

/** The decision (afgørelse) as the meeting service announced it; the message is written from it. */
export interface DecisionSnapshot {
  recommendationId: string;
  outcome: RecommendationOutcome;
  followsRecommendation: boolean;
  /** The joint recommendation (indstilling). */
  recommendationText: string;
  decidedBy: string;
  decidedAtMeeting: boolean;
  decidedAt: string;
}

export function pendingReasonOf(message: { status: OutcomeMessageStatus; recipientSorCode: string | null }): PendingReason | null {
  if (message.status !== 'pending') return null;
  // Events come on different topics, so the decision may arrive before the referral that names the GP.
  return message.recipientSorCode === null ? 'awaiting-referral' : 'awaiting-delivery';
}
