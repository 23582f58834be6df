import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DossierScheduleRepository } from '../../infrastructure/dossier-schedule.repository';
import { RecordContributionDeadlineCommand } from './record-contribution-deadline.command';

/** Runs in the consumer's transaction, with the event's inbox row. */
@CommandHandler(RecordContributionDeadlineCommand)
export class RecordContributionDeadlineHandler implements ICommandHandler<RecordContributionDeadlineCommand, void> {
  constructor(private readonly schedules: DossierScheduleRepository) {}

  async execute(command: RecordContributionDeadlineCommand): Promise<void> {
    await this.schedules.recordDeadline(command.announcement, new Date());
  }
}
