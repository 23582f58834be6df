import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import { DomainError } from '@rehab/platform';
import { GpCertificateRequestRepository } from '../../infrastructure/gp-certificate-request.repository';
import { CheckGpCertificateDeadlinesCommand } from './check-gp-certificate-deadlines.command';

const BATCH_SIZE = 100;

@CommandHandler(CheckGpCertificateDeadlinesCommand)
export class CheckGpCertificateDeadlinesHandler implements ICommandHandler<CheckGpCertificateDeadlinesCommand, number> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly requests: GpCertificateRequestRepository,
  ) {}

  async execute(command: CheckGpCertificateDeadlinesCommand): Promise<number> {
    let announced = 0;
    const seen = new Set<string>();
    for (;;) {
      const caseIds = (await this.requests.findCasesOverdue(command.now, BATCH_SIZE)).filter(
        (caseId) => !seen.has(caseId),
      );
      if (caseIds.length === 0) return announced;
      for (const caseId of caseIds) {
        seen.add(caseId);
        if (await this.checkOne(caseId, command.now)) announced += 1;
      }
    }
  }

  /** One request per transaction; the version check makes a concurrent checker lose, not repeat. */
  private async checkOne(caseId: string, now: Date): Promise<boolean> {
    try {
      return await this.transactions.run(async () => {
        const request = await this.requests.findByCase(caseId);
        if (!request?.checkOverdue(now)) return false;
        await this.requests.save(request);
        return true;
      });
    } catch (error) {
      // Someone else changed the request meanwhile; the next check looks at it again.
      if (error instanceof DomainError && error.kind === 'conflict') return false;
      throw error;
    }
  }
}
