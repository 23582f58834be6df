import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import { RehabilitationCaseRepository } from '../../infrastructure/rehabilitation-case.repository';
import { RecordActivityStartedCommand } from './record-activity-started.command';

@CommandHandler(RecordActivityStartedCommand)
export class RecordActivityStartedHandler implements ICommandHandler<RecordActivityStartedCommand, void> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly cases: RehabilitationCaseRepository,
  ) {}

  async execute(command: RecordActivityStartedCommand): Promise<void> {
    await this.transactions.run(async () => {
      const rehabilitationCase = await this.cases.get(command.caseId);
      rehabilitationCase.recordActivityStarted(command.startedAt, command.recordedBy, new Date());
      await this.cases.save(rehabilitationCase);
    });
  }
}
