import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import { Dossier } from '../../domain/dossier.aggregate';
import { DossierRepository } from '../../infrastructure/dossier.repository';
import { RecordGpCertificateRequestCommand } from './record-gp-certificate-request.command';

/** The health coordinator asked the GP for the certificate; the dossier shows it as awaited. */
@CommandHandler(RecordGpCertificateRequestCommand)
export class RecordGpCertificateRequestHandler implements ICommandHandler<RecordGpCertificateRequestCommand, void> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly dossiers: DossierRepository,
  ) {}

  async execute(command: RecordGpCertificateRequestCommand): Promise<void> {
    await this.transactions.run(async () => {
      const dossier =
        (await this.dossiers.find(command.subject.caseId)) ?? Dossier.openAheadOfReferral(command.subject);
      dossier.recordGpCertificateRequested(command.request, new Date());
      await this.dossiers.save(dossier);
    });
  }
}
