import { Logger } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import { requireGpCertificateRequest } from '../../domain/gp-certificate-request.aggregate';
import { GpCertificateRequestRepository } from '../../infrastructure/gp-certificate-request.repository';
import {
  type GpCertificateArrivalResult,
  RecordGpCertificateArrivalCommand,
} from './record-gp-certificate-arrival.command';

/** Who records a certificate that came in through the GP correspondence service. */
export const GP_CORRESPONDENCE_RECORDER = 'gp-correspondence';

/**
 * Records the GP certificate as received when it came back through the GP correspondence
 * service. The GP may answer twice, and an event may come again: a certificate already
 * recorded, or an answer to another request, changes nothing.
 */
@CommandHandler(RecordGpCertificateArrivalCommand)
export class RecordGpCertificateArrivalHandler implements ICommandHandler<
  RecordGpCertificateArrivalCommand,
  GpCertificateArrivalResult
> {
  private readonly logger = new Logger(RecordGpCertificateArrivalHandler.name);

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly requests: GpCertificateRequestRepository,
  ) {}

  async execute(command: RecordGpCertificateArrivalCommand): Promise<GpCertificateArrivalResult> {
    const result = await this.transactions.run(async () => {
      const request = requireGpCertificateRequest(await this.requests.findByCase(command.caseId));
      const state = request.snapshot();
      if (state.id !== command.certificateRequestId) return 'other-request' as const;
      if (state.receipt) return 'already-received' as const;
      const now = new Date();
      request.receive({
        documentReference: command.documentReference,
        // A clock a little ahead at the sender must not make the receipt lie in the future.
        receivedAt: command.receivedAt.getTime() > now.getTime() ? now : command.receivedAt,
        recordedBy: GP_CORRESPONDENCE_RECORDER,
        now,
      });
      await this.requests.save(request);
      return 'recorded' as const;
    });
    if (result !== 'recorded')
      this.logger.log({ caseId: command.caseId, result }, 'GP certificate arrival changed nothing');
    return result;
  }
}
