import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import type { PreparatoryPart } from '../../domain/rehabilitation-case.aggregate';
import { RehabilitationCaseRepository } from '../../infrastructure/rehabilitation-case.repository';
import { SubmitPreparatoryPartCommand } from './submit-preparatory-part.command';

@CommandHandler(SubmitPreparatoryPartCommand)
export class SubmitPreparatoryPartHandler implements ICommandHandler<SubmitPreparatoryPartCommand, PreparatoryPart> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly cases: RehabilitationCaseRepository,
  ) {}

  async execute(command: SubmitPreparatoryPartCommand): Promise<PreparatoryPart> {
    return this.transactions.run(async () => {
      const rehabilitationCase = await this.cases.get(command.caseId);
      const part = rehabilitationCase.submitPreparatoryPart(
        command.sections,
        command.submittedBy,
        new Date(),
        command.attachments,
      );
      await this.cases.save(rehabilitationCase);
      return part;
    });
  }
}
