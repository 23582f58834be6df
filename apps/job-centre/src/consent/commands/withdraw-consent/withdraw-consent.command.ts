import { Command } from '@nestjs/cqrs';
import type { Consent } from '../../domain/consent.aggregate';

export class WithdrawConsentCommand extends Command<Consent> {
  constructor(
    readonly caseId: string,
    readonly consentId: string,
    readonly withdrawnBy: string,
    /** When the citizen withdrew it; now when the caseworker records it at once. */
    readonly withdrawnAt: Date | null,
  ) {
    super();
  }
}
