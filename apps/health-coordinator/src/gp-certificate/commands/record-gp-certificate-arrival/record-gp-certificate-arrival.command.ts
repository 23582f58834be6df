import { Command } from '@nestjs/cqrs';

export type GpCertificateArrivalResult = 'recorded' | 'already-received' | 'other-request';

/** The GP correspondence service received the GP's answer to the certificate request. */
export class RecordGpCertificateArrivalCommand extends Command<GpCertificateArrivalResult> {
  constructor(
    readonly caseId: string,
    readonly certificateRequestId: string,
    readonly documentReference: string,
    readonly receivedAt: Date,
  ) {
    super();
  }
}
