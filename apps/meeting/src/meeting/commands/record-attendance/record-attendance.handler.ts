import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import type { Meeting } from '../../domain/meeting.aggregate';
import { MeetingRepository } from '../../infrastructure/meeting.repository';
import { RecordAttendanceCommand } from './record-attendance.command';

/** Records the attendance of several members at once: all of them, or none. */
@CommandHandler(RecordAttendanceCommand)
export class RecordAttendanceHandler implements ICommandHandler<RecordAttendanceCommand, Meeting> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly meetings: MeetingRepository,
  ) {}

  async execute(command: RecordAttendanceCommand): Promise<Meeting> {
    return this.transactions.run(async () => {
      const meeting = await this.meetings.get(command.meetingId);
      const now = new Date();
      for (const member of command.members) meeting.recordAttendance(member, now);
      await this.meetings.save(meeting);
      return meeting;
    });
  }
}
