import { Command } from '@nestjs/cqrs';
import type { GpCertificateRequest } from '../../domain/gp-certificate-request.aggregate';

export class RecordGpCertificateReceivedCommand extends Command<GpCertificateRequest> {
  constructor(
    readonly caseId: string,
    readonly documentReference: string,
    /** When the certificate arrived; now when not given. */
    readonly receivedAt: Date | null,
    readonly recordedBy: string,
  ) {
    super();
  }
}
