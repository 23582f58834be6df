import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import type { Consent } from '../../domain/consent.aggregate';
import { ConsentRepository } from '../../infrastructure/consent.repository';
import { WithdrawConsentCommand } from './withdraw-consent.command';

@CommandHandler(WithdrawConsentCommand)
export class WithdrawConsentHandler implements ICommandHandler<WithdrawConsentCommand, Consent> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly consents: ConsentRepository,
  ) {}

  async execute(command: WithdrawConsentCommand): Promise<Consent> {
    return this.transactions.run(async () => {
      const consent = await this.consents.get(command.caseId, command.consentId);
      const now = new Date();
      consent.withdraw({ withdrawnBy: command.withdrawnBy, withdrawnAt: command.withdrawnAt ?? now, now });
      await this.consents.save(consent);
      return consent;
    });
  }
}
