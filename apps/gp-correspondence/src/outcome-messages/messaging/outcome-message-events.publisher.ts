import { Injectable } from '@nestjs/common';
import {
  GpMessageAcknowledged,
  GpMessageFailed,
  GpMessageHeld,
  GpMessageReleased,
  GpMessageResent,
  GpMessageSent,
  OutcomeMessageAcknowledged,
  OutcomeMessageSent,
} from '@rehab/contracts';
import { Outbox } from '@rehab/messaging';
import type { RequiredConsent } from '@rehab/platform';
import type { OutcomeMessageEntity } from '../infrastructure/outcome-message.entity';

export type FailureReason = 'refused-by-gp-system' | 'no-acknowledgement';

/**
 * Announces what happened to a message to a GP, in the caller's transaction. The events carry
 * ids and SOR codes only: never the bundle, never the CPR number. A decision's outcome message
 * keeps its original events (outcome-message-sent and -acknowledged), which the meeting's
 * timeline reads; everything else uses the gp-message events.
 */
@Injectable()
export class OutcomeMessageEventsPublisher {
  constructor(private readonly outbox: Outbox) {}

  async sent(message: OutcomeMessageEntity): Promise<void> {
    if (!message.recipientSorCode || !message.sentAt)
      throw new Error('Only a delivered message can be announced as sent');
    if (isOriginalOutcome(message)) {
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
      return;
    }
    await this.outbox.publish(
      GpMessageSent,
      {
        ...this.fieldsOf(message),
        bundleId: message.bundleId,
        recipientSorCode: message.recipientSorCode,
        ...(message.precedingMessageId ? { precedingGpMessageId: message.precedingMessageId } : {}),
        ...(message.certificateRequestId ? { certificateRequestId: message.certificateRequestId } : {}),
        sentAt: message.sentAt.toISOString(),
      },
      this.subjectOf(message),
    );
  }

  async acknowledged(message: OutcomeMessageEntity): Promise<void> {
    if (!message.acknowledgementCode || !message.acknowledgedAt) {
      throw new Error('Only an acknowledged message can be announced as acknowledged');
    }
    const acknowledgement = { code: message.acknowledgementCode, acknowledgedAt: message.acknowledgedAt.toISOString() };
    if (isOriginalOutcome(message)) {
      await this.outbox.publish(
        OutcomeMessageAcknowledged,
        { caseId: message.caseId, messageHeaderId: message.messageHeaderId, ...acknowledgement },
        this.subjectOf(message),
      );
      return;
    }
    await this.outbox.publish(
      GpMessageAcknowledged,
      { ...this.fieldsOf(message), ...acknowledgement },
      this.subjectOf(message),
    );
  }

  async resent(
    message: OutcomeMessageEntity,
    envelope: { bundleId: string; messageHeaderId: string; at: Date },
  ): Promise<void> {
    await this.outbox.publish(
      GpMessageResent,
      {
        ...this.fieldsOf(message),
        resendNumber: message.resends,
        bundleId: envelope.bundleId,
        envelopeMessageHeaderId: envelope.messageHeaderId,
        resentAt: envelope.at.toISOString(),
      },
      this.subjectOf(message),
    );
  }

  async failed(message: OutcomeMessageEntity, reason: FailureReason): Promise<void> {
    if (!message.failureReason || !message.failedAt)
      throw new Error('Only a failed message can be announced as failed');
    await this.outbox.publish(
      GpMessageFailed,
      { ...this.fieldsOf(message), reason, detail: message.failureReason, failedAt: message.failedAt.toISOString() },
      this.subjectOf(message),
    );
  }

  /** The message waits for the citizen's consent; it is kept, and goes once the consent is recorded. */
  async held(message: OutcomeMessageEntity, requiredConsent: RequiredConsent): Promise<void> {
    if (!message.heldReason || !message.heldAt) throw new Error('Only a held message can be announced as held');
    await this.outbox.publish(
      GpMessageHeld,
      { ...this.fieldsOf(message), reason: message.heldReason, requiredConsent, heldAt: message.heldAt.toISOString() },
      this.subjectOf(message),
    );
  }

  async released(message: OutcomeMessageEntity, consentId: string, releasedAt: Date): Promise<void> {
    await this.outbox.publish(
      GpMessageReleased,
      { ...this.fieldsOf(message), consentId, releasedAt: releasedAt.toISOString() },
      this.subjectOf(message),
    );
  }

  private fieldsOf(message: OutcomeMessageEntity) {
    return {
      caseId: message.caseId,
      gpMessageId: message.id,
      purpose: message.purpose,
      activity: message.activity,
      messageHeaderId: message.messageHeaderId,
    };
  }

  private subjectOf(message: OutcomeMessageEntity) {
    return { caseId: message.caseId, subjectId: message.personId, municipality: message.municipality };
  }
}

/** The first message about a decision: the one the meeting's timeline has always been told about. */
function isOriginalOutcome(message: OutcomeMessageEntity): message is OutcomeMessageEntity & { decisionId: string } {
  return message.purpose === 'outcome' && message.activity === 'new-message' && message.decisionId !== null;
}
