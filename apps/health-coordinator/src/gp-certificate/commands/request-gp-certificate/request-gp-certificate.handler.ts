import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ContributionTaskRepository } from '@rehab/department-contributions';
import { TransactionRunner } from '@rehab/messaging';
import {
  CaseConsentView,
  consentStanding,
  DomainError,
  missingConsentText,
  type RequiredConsent,
} from '@rehab/platform';
import { GpCertificateRequest } from '../../domain/gp-certificate-request.aggregate';
import { GpCertificateRequestRepository } from '../../infrastructure/gp-certificate-request.repository';
import { RequestGpCertificateCommand } from './request-gp-certificate.command';

const OBTAIN_GP_CERTIFICATE: RequiredConsent = { scope: 'obtain-gp-certificate', party: 'gp' };

/**
 * Records that the GP certificate was requested and announces it, which starts the 30 days.
 * Asking the GP for health information needs the citizen's consent to obtain it.
 */
@CommandHandler(RequestGpCertificateCommand)
export class RequestGpCertificateHandler implements ICommandHandler<RequestGpCertificateCommand, GpCertificateRequest> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly tasks: ContributionTaskRepository,
    private readonly requests: GpCertificateRequestRepository,
    private readonly consents: CaseConsentView,
  ) {}

  async execute(command: RequestGpCertificateCommand): Promise<GpCertificateRequest> {
    return this.transactions.run(async () => {
      // The health coordinator's task says whose case it is and in which municipality.
      const task = (await this.tasks.getByCase(command.caseId)).snapshot();
      const existing = await this.requests.findByCase(command.caseId);
      if (existing) {
        throw DomainError.ruleViolated(
          `The GP certificate for this case was already requested on ${existing.snapshot().requestedAt.toISOString()}.`,
        );
      }
      const standing = consentStanding(await this.consents.ofCase(command.caseId), OBTAIN_GP_CERTIFICATE);
      if (standing !== 'given') {
        throw DomainError.ruleViolated(
          `The GP certificate cannot be requested without consent: ${missingConsentText(standing, OBTAIN_GP_CERTIFICATE)} ` +
            'Record the consent at the job centre first.',
        );
      }
      const request = GpCertificateRequest.request({
        caseId: task.caseId,
        personId: task.personId,
        municipality: task.municipality,
        requestedBy: command.requestedBy,
        now: new Date(),
      });
      await this.requests.save(request);
      return request;
    });
  }
}
