import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import { Dossier } from '../../domain/dossier.aggregate';
import { DossierRepository } from '../../infrastructure/dossier.repository';
import { RecordGpCertificateReceiptCommand } from './record-gp-certificate-receipt.command';

/** The GP certificate arrived at the health coordinator; the dossier may now be ready. */
@CommandHandler(RecordGpCertificateReceiptCommand)
export class RecordGpCertificateReceiptHandler implements ICommandHandler<RecordGpCertificateReceiptCommand, void> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly dossiers: DossierRepository,
  ) {}

  async execute(command: RecordGpCertificateReceiptCommand): Promise<void> {
    await this.transactions.run(async () => {
      const dossier =
        (await this.dossiers.find(command.subject.caseId)) ?? Dossier.openAheadOfReferral(command.subject);
      dossier.recordGpCertificateReceived(command.receipt, new Date());
      await this.dossiers.save(dossier);
    });
  }
}
