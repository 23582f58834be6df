import { Command } from '@nestjs/cqrs';
import type { Referral } from '../../domain/dossier.aggregate';

export class RecordReferralCommand extends Command<void> {
  constructor(readonly referral: Referral) {
    super();
  }
}
