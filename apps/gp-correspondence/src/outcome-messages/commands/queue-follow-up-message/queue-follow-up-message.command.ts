import { Command } from '@nestjs/cqrs';
import type { FollowUpActivity } from '../../domain/follow-up';

export interface QueueFollowUpMessageResult {
  gpMessageId: string;
  /** False when this request had already been queued (the same requestId again). */
  queued: boolean;
}

/**
 * A caseworker corrects (modified-message) or retracts (retract-message) a message sent to the
 * GP, in its thread, or forwards it (forward-message) to another organisation, in a new thread.
 */
export class QueueFollowUpMessageCommand extends Command<QueueFollowUpMessageResult> {
  constructor(
    readonly precedingId: string,
    readonly activity: FollowUpActivity,
    readonly text: string,
    /** Makes a repeated request harmless. */
    readonly requestId: string,
    readonly forwardToSorCode: string | null,
  ) {
    super();
  }
}
