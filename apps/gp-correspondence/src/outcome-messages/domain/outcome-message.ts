import type { RecommendationOutcome } from '@rehab/contracts';

/**
 * pending → sent → acknowledged, or failed. A message is pending until its GP is known and it
 * has been handed to the transport; sent while it waits for the acknowledgement; failed when
 * the GP's system refused it (fatal-error) or never acknowledged it, resends included.
 */
export const OUTCOME_MESSAGE_STATUSES = ['pending', 'sent', 'acknowledged', 'failed'] as const;
export type OutcomeMessageStatus = (typeof OUTCOME_MESSAGE_STATUSES)[number];

/** What the message is for. */
export type OutgoingPurpose = 'outcome' | 'gp-certificate-request';

/** What the message does to its thread (MedCom Provenance.activity); replies come only from GPs. */
export const OUTGOING_ACTIVITIES = ['new-message', 'modified-message', 'retract-message', 'forward-message'] as const;
export type OutgoingActivity = (typeof OUTGOING_ACTIVITIES)[number];

/** How a person reads the delivery: waiting for the acknowledgement, delivered, or failed with a reason. */
export type DeliveryState = 'queued' | 'waiting' | 'delivered' | 'failed';

export function deliveryStateOf(status: OutcomeMessageStatus): DeliveryState {
  switch (status) {
    case 'pending':
      return 'queued';
    case 'sent':
      return 'waiting';
    case 'acknowledged':
      return 'delivered';
    case 'failed':
      return 'failed';
  }
}

/** Why a pending message has not gone yet. */
export type PendingReason = 'awaiting-referral' | 'awaiting-consent' | 'awaiting-delivery';

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

export function pendingReasonOf(message: {
  status: OutcomeMessageStatus;
  recipientSorCode: string | null;
  heldReason: string | null;
}): PendingReason | null {
  if (message.status !== 'pending') return null;
  if (message.heldReason !== null) return 'awaiting-consent';
  // Events come on different topics, so the decision may arrive before the referral that names the GP.
  return message.recipientSorCode === null ? 'awaiting-referral' : 'awaiting-delivery';
}
