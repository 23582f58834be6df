import { Command } from '@nestjs/cqrs';
import type { ReferralRecord } from '../../infrastructure/outcome-messages.repository';

export class RememberReferralCommand extends Command<void> {
  constructor(readonly referral: ReferralRecord) {
    super();
  }
}
