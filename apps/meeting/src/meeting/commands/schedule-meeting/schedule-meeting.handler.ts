import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import { Meeting } from '../../domain/meeting.aggregate';
import { MeetingCalendarSettings } from '../../infrastructure/meeting-calendar.settings';
import { MeetingRepository } from '../../infrastructure/meeting.repository';
import { ScheduleMeetingCommand } from './schedule-meeting.command';

@CommandHandler(ScheduleMeetingCommand)
export class ScheduleMeetingHandler implements ICommandHandler<ScheduleMeetingCommand, Meeting> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly meetings: MeetingRepository,
    private readonly calendar: MeetingCalendarSettings,
  ) {}

  async execute(command: ScheduleMeetingCommand): Promise<Meeting> {
    return this.transactions.run(async () => {
      const meeting = Meeting.schedule({
        municipality: command.municipality,
        startsAt: command.startsAt,
        chairId: command.chairId,
        ...command.plan,
        agendaLeadHours: this.calendar.agendaLeadHours,
        now: new Date(),
      });
      await this.meetings.save(meeting);
      return meeting;
    });
  }
}
