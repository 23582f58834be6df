import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StatisticsRepository } from '../../infrastructure/statistics.repository';
import { RecordOverdueContributionCommand } from './record-overdue-contribution.command';

/** Counts a department's overdue contribution once, however often the announcement is delivered. */
@CommandHandler(RecordOverdueContributionCommand)
export class RecordOverdueContributionHandler implements ICommandHandler<RecordOverdueContributionCommand, void> {
  constructor(private readonly statistics: StatisticsRepository) {}

  async execute(command: RecordOverdueContributionCommand): Promise<void> {
    await this.statistics.recordOverdueContribution(command.overdue, new Date());
  }
}
