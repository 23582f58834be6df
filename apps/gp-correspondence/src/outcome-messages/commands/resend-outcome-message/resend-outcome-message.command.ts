import { Command } from '@nestjs/cqrs';
import type { OutcomeMessageEntity } from '../../infrastructure/outcome-message.entity';

export type ResendResult = 'resent' | 'failed' | 'postponed' | 'settled';

/**
 * A sent message whose acknowledgement is overdue: send it again in a new envelope, or, when
 * the resends allowed are used up, mark it failed. Never run it inside a database transaction.
 */
export class ResendOutcomeMessageCommand extends Command<ResendResult> {
  constructor(readonly message: OutcomeMessageEntity) {
    super();
  }
}
