import { Module } from '@nestjs/common';
import { CaseConsentView } from '@rehab/platform';
import { HealthAssessmentModule } from '../health-assessment/health-assessment.module';
import { CheckGpCertificateDeadlinesHandler } from './commands/check-gp-certificate-deadlines/check-gp-certificate-deadlines.handler';
import { RecordGpCertificateArrivalHandler } from './commands/record-gp-certificate-arrival/record-gp-certificate-arrival.handler';
import { RecordGpCertificateReceivedHandler } from './commands/record-gp-certificate-received/record-gp-certificate-received.handler';
import { RequestGpCertificateHandler } from './commands/request-gp-certificate/request-gp-certificate.handler';
import { GpCertificateController } from './http/gp-certificate.controller';
import { GpCertificateDeadlineChecker } from './infrastructure/gp-certificate-deadline.checker';
import { GpCertificateRequestRepository } from './infrastructure/gp-certificate-request.repository';
import { ConsentEventsConsumer } from './messaging/consent-events.consumer';
import { GpCertificateArrivedConsumer } from './messaging/gp-certificate-arrived.consumer';
import { GpCertificateEventsPublisher } from './messaging/gp-certificate-events.publisher';
import { GetGpCertificateHandler } from './queries/get-gp-certificate/get-gp-certificate.handler';

/**
 * The GP certificate (LÆ 265) the health coordinator relies on: requested, its 30-day answer
 * deadline, received (recorded by hand, or as it comes back through the GP correspondence
 * service), or announced as overdue. Health data: the certificate itself stays in the
 * case file; only a reference to it is kept here.
 */
@Module({
  imports: [HealthAssessmentModule],
  controllers: [GpCertificateController],
  providers: [
    RequestGpCertificateHandler,
    RecordGpCertificateReceivedHandler,
    RecordGpCertificateArrivalHandler,
    GpCertificateArrivedConsumer,
    ConsentEventsConsumer,
    CaseConsentView,
    CheckGpCertificateDeadlinesHandler,
    GetGpCertificateHandler,
    GpCertificateRequestRepository,
    GpCertificateEventsPublisher,
    GpCertificateDeadlineChecker,
  ],
})
export class GpCertificateModule {}
