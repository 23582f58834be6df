import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import type { CitizenAttendance } from '../../domain/meeting.aggregate';
import { MeetingRepository } from '../../infrastructure/meeting.repository';
import { RecordCitizenAttendanceCommand } from './record-citizen-attendance.command';

@CommandHandler(RecordCitizenAttendanceCommand)
export class RecordCitizenAttendanceHandler implements ICommandHandler<
  RecordCitizenAttendanceCommand,
  CitizenAttendance
> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly meetings: MeetingRepository,
  ) {}

  async execute(command: RecordCitizenAttendanceCommand): Promise<CitizenAttendance> {
    return this.transactions.run(async () => {
      const meeting = await this.meetings.get(command.meetingId);
      const citizen = meeting.recordCitizenAttendance(
        command.caseId,
        { present: command.present, absenceReason: command.absenceReason, supporter: command.supporter },
        new Date(),
      );
      await this.meetings.save(meeting);
      return citizen;
    });
  }
}
