import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import { Dossier } from '../../domain/dossier.aggregate';
import { DossierRepository } from '../../infrastructure/dossier.repository';
import { RecordContributionCommand } from './record-contribution.command';

/** Adds a department's contribution to the dossier, opening it ahead of the referral if need be. */
@CommandHandler(RecordContributionCommand)
export class RecordContributionHandler implements ICommandHandler<RecordContributionCommand, void> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly dossiers: DossierRepository,
  ) {}

  async execute(command: RecordContributionCommand): Promise<void> {
    await this.transactions.run(async () => {
      const dossier =
        (await this.dossiers.find(command.subject.caseId)) ?? Dossier.openAheadOfReferral(command.subject);
      dossier.recordContribution(command.contribution, new Date());
      await this.dossiers.save(dossier);
    });
  }
}
