import { Injectable } from '@nestjs/common';
import { GpCertificateOverdue, GpCertificateReceived, GpCertificateRequested } from '@rehab/contracts';
import { Outbox } from '@rehab/messaging';
import type { GpCertificateRequest, GpCertificateRequestEvent } from '../domain/gp-certificate-request.aggregate';

/** Announces what happened to a GP certificate request, in the caller's transaction. */
@Injectable()
export class GpCertificateEventsPublisher {
  constructor(private readonly outbox: Outbox) {}

  async publish(request: GpCertificateRequest, events: readonly GpCertificateRequestEvent[]): Promise<void> {
    const state = request.snapshot();
    const subject = { caseId: state.caseId, subjectId: state.personId, municipality: state.municipality };
    const fields = { caseId: state.caseId, certificateRequestId: state.id };
    for (const event of events) {
      switch (event.kind) {
        case 'requested':
          await this.outbox.publish(
            GpCertificateRequested,
            {
              ...fields,
              requestedBy: state.requestedBy,
              requestedAt: state.requestedAt.toISOString(),
              answerDeadline: state.answerDeadline.toISOString(),
            },
            subject,
          );
          break;
        case 'received':
          await this.outbox.publish(
            GpCertificateReceived,
            {
              ...fields,
              documentReference: event.receipt.documentReference,
              receivedAt: event.receipt.receivedAt.toISOString(),
              recordedBy: event.receipt.recordedBy,
            },
            subject,
          );
          break;
        case 'overdue':
          await this.outbox.publish(
            GpCertificateOverdue,
            {
              ...fields,
              requestedAt: state.requestedAt.toISOString(),
              answerDeadline: state.answerDeadline.toISOString(),
            },
            subject,
          );
          break;
        default: {
          const unhandled: never = event;
          throw new Error(`Unhandled GP certificate event ${JSON.stringify(unhandled)}`);
        }
      }
    }
  }
}
