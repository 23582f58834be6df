import { Module } from '@nestjs/common';
import { ReferralModule } from '../referral/referral.module';
import { RecordConsentHandler } from './commands/record-consent/record-consent.handler';
import { WithdrawConsentHandler } from './commands/withdraw-consent/withdraw-consent.handler';
import { ConsentsController } from './http/consents.controller';
import { ConsentRepository } from './infrastructure/consent.repository';
import { ConsentEventsPublisher } from './messaging/consent-events.publisher';
import { ListConsentsHandler } from './queries/list-consents/list-consents.handler';

/** The citizen's consents (samtykker) on a case: what may be obtained and shared, and with whom. */
@Module({
  imports: [ReferralModule],
  controllers: [ConsentsController],
  providers: [
    RecordConsentHandler,
    WithdrawConsentHandler,
    ListConsentsHandler,
    ConsentRepository,
    ConsentEventsPublisher,
  ],
})
export class ConsentModule {}
