import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import { Dossier } from '../../domain/dossier.aggregate';
import { DossierRepository } from '../../infrastructure/dossier.repository';
import { RecordReferralCommand } from './record-referral.command';

/** Opens the case's dossier, or completes the picture of one that contributions opened first. */
@CommandHandler(RecordReferralCommand)
export class RecordReferralHandler implements ICommandHandler<RecordReferralCommand, void> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly dossiers: DossierRepository,
  ) {}

  async execute(command: RecordReferralCommand): Promise<void> {
    await this.transactions.run(async () => {
      const now = new Date();
      const existing = await this.dossiers.find(command.referral.caseId);
      const dossier = existing ?? Dossier.openOnReferral(command.referral, now);
      if (existing) existing.recordReferral(command.referral, now);
      await this.dossiers.save(dossier);
    });
  }
}
