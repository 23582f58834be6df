import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import { DomainError } from '@rehab/platform';
import { RehabilitationCaseRepository } from '../../../referral/infrastructure/rehabilitation-case.repository';
import { Consent } from '../../domain/consent.aggregate';
import { ConsentRepository } from '../../infrastructure/consent.repository';
import { RecordConsentCommand } from './record-consent.command';

@CommandHandler(RecordConsentCommand)
export class RecordConsentHandler implements ICommandHandler<RecordConsentCommand, Consent> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly cases: RehabilitationCaseRepository,
    private readonly consents: ConsentRepository,
  ) {}

  async execute(command: RecordConsentCommand): Promise<Consent> {
    return this.transactions.run(async () => {
      const rehabilitationCase = (await this.cases.get(command.caseId)).snapshot();
      const consent = Consent.record({
        caseId: rehabilitationCase.id,
        municipality: rehabilitationCase.municipality,
        personId: rehabilitationCase.personId,
        scope: command.scope,
        party: command.party,
        givenAt: command.givenAt,
        source: command.source,
        sourceReference: command.sourceReference,
        recordedBy: command.recordedBy,
        now: new Date(),
      });
      const { scope, party } = consent.snapshot();
      // The unique index on active consents backs this up when two caseworkers race.
      if (await this.consents.hasActive(rehabilitationCase.id, scope, party)) {
        throw DomainError.conflict(
          `The case already has an active consent to ${scope} with ${party}; withdraw it before recording a new one.`,
        );
      }
      await this.consents.save(consent);
      return consent;
    });
  }
}
