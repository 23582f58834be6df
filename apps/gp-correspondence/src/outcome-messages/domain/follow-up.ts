import type { OutcomeMessageStatus, OutgoingActivity, OutgoingPurpose } from './outcome-message';

export type FollowUpActivity = Exclude<OutgoingActivity, 'new-message'>;

/**
 * Whether a message may be corrected, retracted or forwarded: only an outcome message that
 * went out (a failed one never reached the GP; a retraction ends the thread; a message is
 * changed in its own thread, not through a correction of a correction).
 */
export function followUpRefusal(preceding: {
  purpose: OutgoingPurpose;
  activity: OutgoingActivity;
  status: OutcomeMessageStatus;
}): string | null {
  if (preceding.purpose !== 'outcome') return 'Only an outcome message can be corrected, retracted or forwarded.';
  if (preceding.activity === 'retract-message')
    return 'A retraction cannot itself be corrected, retracted or forwarded.';
  if (preceding.status === 'failed') return 'The message never reached the GP; send a new one instead.';
  return null;
}
