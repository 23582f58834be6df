import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type EnvelopeOf, GpCertificateRequested } from '@rehab/contracts';
import { HandleEvent } from '@rehab/messaging';
import { QueueCertificateRequestCommand } from '../commands/queue-certificate-request/queue-certificate-request.command';

/** The health coordinator asked for the GP certificate (LÆ 265); the request travels to the GP from here. */
@Injectable()
export class GpCertificateRequestedConsumer {
  constructor(private readonly commands: CommandBus) {}

  @HandleEvent(GpCertificateRequested)
  async handle(event: EnvelopeOf<typeof GpCertificateRequested>): Promise<void> {
    await this.commands.execute(
      new QueueCertificateRequestCommand(
        event.payload.caseId,
        event.payload.certificateRequestId,
        event.subjectId,
        event.municipality,
      ),
    );
  }
}
