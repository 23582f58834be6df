import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import { CprNumber } from '../../../identity/domain/cpr-number';
import { PersonPseudonymsRepository } from '../../../identity/infrastructure/person-pseudonyms.repository';
import { RehabilitationCase } from '../../domain/rehabilitation-case.aggregate';
import { RehabilitationCaseRepository } from '../../infrastructure/rehabilitation-case.repository';
import { ReferCaseCommand, type ReferCaseResult } from './refer-case.command';

@CommandHandler(ReferCaseCommand)
export class ReferCaseHandler implements ICommandHandler<ReferCaseCommand, ReferCaseResult> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly persons: PersonPseudonymsRepository,
    private readonly cases: RehabilitationCaseRepository,
  ) {}

  async execute(command: ReferCaseCommand): Promise<ReferCaseResult> {
    const cpr = CprNumber.parse(command.cpr);
    return this.transactions.run(async () => {
      const personId = await this.persons.pseudonymFor(cpr);
      const rehabilitationCase = RehabilitationCase.refer({
        municipality: command.municipality,
        personId,
        caseType: command.caseType,
        coordinatingCaseworkerId: command.coordinatingCaseworkerId,
        generalPractitioner: command.generalPractitioner,
        citizenBirthDate: cpr.birthDate(),
        hasVocationalQualification: command.hasVocationalQualification,
        now: new Date(),
      });
      await this.cases.save(rehabilitationCase);
      return { caseId: rehabilitationCase.id, personId };
    });
  }
}
