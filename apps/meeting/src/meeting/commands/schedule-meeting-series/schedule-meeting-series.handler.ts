import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import { Meeting } from '../../domain/meeting.aggregate';
import { MeetingCalendarSettings } from '../../infrastructure/meeting-calendar.settings';
import { MeetingRepository } from '../../infrastructure/meeting.repository';
import { ScheduleMeetingSeriesCommand } from './schedule-meeting-series.command';

/** Schedules every meeting of a recurring series in one transaction: all of them, or none. */
@CommandHandler(ScheduleMeetingSeriesCommand)
export class ScheduleMeetingSeriesHandler implements ICommandHandler<ScheduleMeetingSeriesCommand, Meeting[]> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly meetings: MeetingRepository,
    private readonly calendar: MeetingCalendarSettings,
  ) {}

  async execute(command: ScheduleMeetingSeriesCommand): Promise<Meeting[]> {
    return this.transactions.run(async () => {
      const series = Meeting.scheduleSeries({
        municipality: command.municipality,
        firstStartsAt: command.firstStartsAt,
        intervalDays: command.intervalDays,
        occurrences: command.occurrences,
        chairId: command.chairId,
        ...command.plan,
        agendaLeadHours: this.calendar.agendaLeadHours,
        now: new Date(),
      });
      for (const meeting of series) await this.meetings.save(meeting);
      return series;
    });
  }
}
