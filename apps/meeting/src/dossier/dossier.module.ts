import { Module } from '@nestjs/common';
import { RecordContributionHandler } from './commands/record-contribution/record-contribution.handler';
import { RecordReferralHandler } from './commands/record-referral/record-referral.handler';
import { DossiersController } from './http/dossiers.controller';
import { DossierRepository } from './infrastructure/dossier.repository';
import { CaseReferredConsumer } from './messaging/case-referred.consumer';
import { ContributionSubmittedConsumer } from './messaging/contribution-submitted.consumer';
import { DossierEventsPublisher } from './messaging/dossier-events.publisher';
import { GetDossierHandler } from './queries/get-dossier/get-dossier.handler';
import { ListDossiersHandler } from './queries/list-dossiers/list-dossiers.handler';

/** Gathers every department's contribution to a case and says when the case is ready for the team. */
@Module({
  controllers: [DossiersController],
  providers: [
    RecordReferralHandler,
    RecordContributionHandler,
    GetDossierHandler,
    ListDossiersHandler,
    DossierRepository,
    DossierEventsPublisher,
    CaseReferredConsumer,
    ContributionSubmittedConsumer,
  ],
  exports: [DossierRepository],
})
export class DossierModule {}
