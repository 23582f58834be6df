import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import { RehabilitationCaseRepository } from '../../infrastructure/rehabilitation-case.repository';
import { RecordDecisionCommand } from './record-decision.command';

@CommandHandler(RecordDecisionCommand)
export class RecordDecisionHandler implements ICommandHandler<RecordDecisionCommand, void> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly cases: RehabilitationCaseRepository,
  ) {}

  async execute(command: RecordDecisionCommand): Promise<void> {
    await this.transactions.run(async () => {
      const rehabilitationCase = await this.cases.get(command.caseId);
      rehabilitationCase.recordDecision(command.decision);
      await this.cases.save(rehabilitationCase);
    });
  }
}
