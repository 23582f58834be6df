import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type EnvelopeOf, GpCertificateArrived } from '@rehab/contracts';
import { HandleEvent } from '@rehab/messaging';
import { RecordGpCertificateArrivalCommand } from '../commands/record-gp-certificate-arrival/record-gp-certificate-arrival.command';

/** The GP answered the certificate request through the GP correspondence service: record it as received. */
@Injectable()
export class GpCertificateArrivedConsumer {
  constructor(private readonly commands: CommandBus) {}

  @HandleEvent(GpCertificateArrived)
  async handle(event: EnvelopeOf<typeof GpCertificateArrived>): Promise<void> {
    const { payload } = event;
    await this.commands.execute(
      new RecordGpCertificateArrivalCommand(
        payload.caseId,
        payload.certificateRequestId,
        payload.documentReference,
        new Date(payload.receivedAt),
      ),
    );
  }
}
