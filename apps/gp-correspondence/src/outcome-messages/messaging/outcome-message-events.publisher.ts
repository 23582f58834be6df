import { Injectable } from '@nestjs/common';
import { OutcomeMessageAcknowledged, OutcomeMessageSent } from '@rehab/contracts';
import { Outbox } from '@rehab/messaging';
import type { OutcomeMessageEntity } from '../infrastructure/outcome-message.entity';

/**
 * Announces what happened to an outcome message, in the caller's transaction. The events
 * carry ids and SOR codes only: never the bundle, never the CPR number.
 */
@Injectable()
export class OutcomeMessageEventsPublisher {
  constructor(private readonly outbox: Outbox) {}

  async sent(message: OutcomeMessageEntity): Promise<void> {
    if (!message.recipientSorCode || !message.sentAt) throw new Error('Only a delivered message can be announced as sent');
    await this.outbox.publish(
      OutcomeMessageSent,
      {
        caseId: message.caseId,
        decisionId: message.decisionId,
        bundleId: message.bundleId,
        messageHeaderId: message.messageHeaderId,
        recipientSorCode: message.recipientSorCode,
        sentAt: message.sentAt.toISOString(),
      },
      this.subjectOf(message),
    );
  }

  async acknowledged(message: OutcomeMessageEntity): Promise<void> {
    if (!message.acknowledgementCode || !message.acknowledgedAt) {
      throw new Error('Only an acknowledged message can be announced as acknowledged');
    }
    await this.outbox.publish(
      OutcomeMessageAcknowledged,
      {
        caseId: message.caseId,
        messageHeaderId: message.messageHeaderId,
        code: message.acknowledgementCode,
        acknowledgedAt: message.acknowledgedAt.toISOString(),
      },
      this.subjectOf(message),
    );
  }

  private subjectOf(message: OutcomeMessageEntity) {
    return { caseId: message.caseId, subjectId: message.personId, municipality: message.municipality };
  }
}
