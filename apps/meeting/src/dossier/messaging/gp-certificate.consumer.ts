import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type EnvelopeOf, GpCertificateReceived, GpCertificateRequested } from '@rehab/contracts';
import { HandleEvent } from '@rehab/messaging';
import { RecordGpCertificateReceiptCommand } from '../commands/record-gp-certificate-receipt/record-gp-certificate-receipt.command';
import { RecordGpCertificateRequestCommand } from '../commands/record-gp-certificate-request/record-gp-certificate-request.command';

/**
 * The health coordinator tracks the GP certificate (LÆ 265); the dossier needs to know only that
 * it was asked for, by when, and that it came. Like contributions, these may precede the referral.
 */
@Injectable()
export class GpCertificateConsumer {
  constructor(private readonly commands: CommandBus) {}

  @HandleEvent(GpCertificateRequested)
  async requested(event: EnvelopeOf<typeof GpCertificateRequested>): Promise<void> {
    const { payload } = event;
    await this.commands.execute(
      new RecordGpCertificateRequestCommand(
        { caseId: payload.caseId, personId: event.subjectId, municipality: event.municipality },
        {
          certificateRequestId: payload.certificateRequestId,
          requestedAt: new Date(payload.requestedAt),
          answerDeadline: new Date(payload.answerDeadline),
        },
      ),
    );
  }

  @HandleEvent(GpCertificateReceived)
  async received(event: EnvelopeOf<typeof GpCertificateReceived>): Promise<void> {
    const { payload } = event;
    await this.commands.execute(
      new RecordGpCertificateReceiptCommand(
        { caseId: payload.caseId, personId: event.subjectId, municipality: event.municipality },
        {
          certificateRequestId: payload.certificateRequestId,
          receivedAt: new Date(payload.receivedAt),
          documentReference: payload.documentReference,
        },
      ),
    );
  }
}
