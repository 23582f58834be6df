import { Injectable } from '@nestjs/common';
import { GpCertificateArrived, GpReplyReceived } from '@rehab/contracts';
import { Outbox } from '@rehab/messaging';
import type { OutcomeMessageEntity } from '../../outcome-messages/infrastructure/outcome-message.entity';

const REPLY_ACTIVITIES = [
  'reply-message',
  'modified-message',
  'retract-message',
  'forward-message',
  'new-message',
] as const;
type ReplyActivity = (typeof REPLY_ACTIVITIES)[number];

function replyActivity(activity: string): ReplyActivity {
  return (REPLY_ACTIVITIES as readonly string[]).includes(activity) ? (activity as ReplyActivity) : 'new-message';
}

/** Where the certificate is kept: this service's incoming message; the health coordinator records the reference. */
export function certificateDocumentReference(incomingMessageId: string): string {
  return `gp-correspondence/incoming-messages/${incomingMessageId}`;
}

/**
 * Announces, in the caller's transaction, a GP's message that reached a case. Only ids, the
 * GP's SOR code and the topic travel; the text and the patient stay in this service.
 */
@Injectable()
export class IncomingMessageEventsPublisher {
  constructor(private readonly outbox: Outbox) {}

  async replyReceived(reply: {
    caseId: string;
    incomingMessageId: string;
    activity: string;
    inReplyTo: OutcomeMessageEntity;
    senderSorCode: string;
    topic: string | undefined;
    hasAttachments: boolean;
  }): Promise<void> {
    await this.outbox.publish(
      GpReplyReceived,
      {
        caseId: reply.caseId,
        incomingMessageId: reply.incomingMessageId,
        activity: replyActivity(reply.activity),
        inReplyToGpMessageId: reply.inReplyTo.id,
        senderSorCode: reply.senderSorCode,
        ...(reply.topic?.trim() ? { topic: reply.topic.trim().slice(0, 500) } : {}),
        hasAttachments: reply.hasAttachments,
        receivedAt: new Date().toISOString(),
      },
      { caseId: reply.caseId, subjectId: reply.inReplyTo.personId, municipality: reply.inReplyTo.municipality },
    );
  }

  async certificateArrived(arrival: {
    request: OutcomeMessageEntity;
    incomingMessageId: string;
    senderSorCode: string;
  }): Promise<void> {
    const { request } = arrival;
    if (!request.certificateRequestId) throw new Error('Only a GP-certificate request is answered with a certificate');
    await this.outbox.publish(
      GpCertificateArrived,
      {
        caseId: request.caseId,
        certificateRequestId: request.certificateRequestId,
        incomingMessageId: arrival.incomingMessageId,
        documentReference: certificateDocumentReference(arrival.incomingMessageId),
        senderSorCode: arrival.senderSorCode,
        receivedAt: new Date().toISOString(),
      },
      { caseId: request.caseId, subjectId: request.personId, municipality: request.municipality },
    );
  }
}
