import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import type { Dossier } from '../../domain/dossier.aggregate';
import { DossierRepository } from '../../infrastructure/dossier.repository';
import { RecordGpCertificateAbsenceCommand } from './record-gp-certificate-absence.command';

@CommandHandler(RecordGpCertificateAbsenceCommand)
export class RecordGpCertificateAbsenceHandler implements ICommandHandler<RecordGpCertificateAbsenceCommand, Dossier> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly dossiers: DossierRepository,
  ) {}

  async execute(command: RecordGpCertificateAbsenceCommand): Promise<Dossier> {
    return this.transactions.run(async () => {
      const dossier = await this.dossiers.get(command.caseId);
      dossier.recordGpCertificateAbsence({ reason: command.reason, recordedBy: command.recordedBy }, new Date());
      await this.dossiers.save(dossier);
      return dossier;
    });
  }
}
