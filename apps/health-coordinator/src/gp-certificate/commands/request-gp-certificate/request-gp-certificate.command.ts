import { Command } from '@nestjs/cqrs';
import type { GpCertificateRequest } from '../../domain/gp-certificate-request.aggregate';

export class RequestGpCertificateCommand extends Command<GpCertificateRequest> {
  constructor(
    readonly caseId: string,
    readonly requestedBy: string,
  ) {
    super();
  }
}
