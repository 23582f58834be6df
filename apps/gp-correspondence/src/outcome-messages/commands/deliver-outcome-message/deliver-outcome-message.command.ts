import { Command } from '@nestjs/cqrs';
import type { OutcomeMessageEntity } from '../../infrastructure/outcome-message.entity';

export type DeliveryResult = 'sent' | 'failed';

/** Delivers one claimed message. Never run it inside a database transaction: it calls other services. */
export class DeliverOutcomeMessageCommand extends Command<DeliveryResult> {
  constructor(readonly message: OutcomeMessageEntity) {
    super();
  }
}
