import { Module } from '@nestjs/common';
import { CaseConsentView } from '@rehab/platform';
import { RecordContributionHandler } from './commands/record-contribution/record-contribution.handler';
import { RecordContributionDeadlineHandler } from './commands/record-contribution-deadline/record-contribution-deadline.handler';
import { RecordGpCertificateAbsenceHandler } from './commands/record-gp-certificate-absence/record-gp-certificate-absence.handler';
import { RecordGpCertificateReceiptHandler } from './commands/record-gp-certificate-receipt/record-gp-certificate-receipt.handler';
import { RecordGpCertificateRequestHandler } from './commands/record-gp-certificate-request/record-gp-certificate-request.handler';
import { RecordReferralHandler } from './commands/record-referral/record-referral.handler';
import { DossiersController } from './http/dossiers.controller';
import { DossierScheduleRepository } from './infrastructure/dossier-schedule.repository';
import { DossierRepository } from './infrastructure/dossier.repository';
import { DossierConsentEventsConsumer } from './messaging/consent-events.consumer';
import { ContributionDeadlineConsumer } from './messaging/contribution-deadline.consumer';
import { ContributionSubmittedConsumer } from './messaging/contribution-submitted.consumer';
import { DossierEventsPublisher } from './messaging/dossier-events.publisher';
import { GpCertificateConsumer } from './messaging/gp-certificate.consumer';
import { GetDossierHandler } from './queries/get-dossier/get-dossier.handler';
import { ListDossiersHandler } from './queries/list-dossiers/list-dossiers.handler';

/**
 * Gathers every department's contribution (the referral that opens the dossier is consumed by
 * the meeting feature's AutoSchedulingConsumer, which may place the case right after) and the GP certificate to a case, and says when the
 * case is ready for the team.
 */
@Module({
  controllers: [DossiersController],
  providers: [
    RecordReferralHandler,
    RecordContributionHandler,
    RecordGpCertificateRequestHandler,
    RecordGpCertificateReceiptHandler,
    RecordGpCertificateAbsenceHandler,
    RecordContributionDeadlineHandler,
    GetDossierHandler,
    ListDossiersHandler,
    DossierRepository,
    DossierScheduleRepository,
    DossierEventsPublisher,
    ContributionSubmittedConsumer,
    GpCertificateConsumer,
    ContributionDeadlineConsumer,
    DossierConsentEventsConsumer,
    CaseConsentView,
  ],
  exports: [DossierRepository],
})
export class DossierModule {}
