import { Command } from '@nestjs/cqrs';
import type { OutcomeMessageEntity } from '../../infrastructure/outcome-message.entity';

/** held: a withdrawal of the consent came after the message was claimed, so it did not go. */
export type DeliveryResult = 'sent' | 'failed' | 'held';

/** Delivers one claimed message. Never run it inside a database transaction: it calls other services. */
export class DeliverOutcomeMessageCommand extends Command<DeliveryResult> {
  constructor(readonly message: OutcomeMessageEntity) {
    super();
  }
}
