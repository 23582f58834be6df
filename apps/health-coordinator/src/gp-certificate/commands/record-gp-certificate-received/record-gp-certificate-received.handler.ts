import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import { type GpCertificateRequest, requireGpCertificateRequest } from '../../domain/gp-certificate-request.aggregate';
import { GpCertificateRequestRepository } from '../../infrastructure/gp-certificate-request.repository';
import { RecordGpCertificateReceivedCommand } from './record-gp-certificate-received.command';

@CommandHandler(RecordGpCertificateReceivedCommand)
export class RecordGpCertificateReceivedHandler implements ICommandHandler<
  RecordGpCertificateReceivedCommand,
  GpCertificateRequest
> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly requests: GpCertificateRequestRepository,
  ) {}

  async execute(command: RecordGpCertificateReceivedCommand): Promise<GpCertificateRequest> {
    return this.transactions.run(async () => {
      const request = requireGpCertificateRequest(await this.requests.findByCase(command.caseId));
      const now = new Date();
      request.receive({
        documentReference: command.documentReference,
        receivedAt: command.receivedAt ?? now,
        recordedBy: command.recordedBy,
        now,
      });
      await this.requests.save(request);
      return request;
    });
  }
}
