import { Command } from '@nestjs/cqrs';
import type { CitizenAttendance } from '../../domain/meeting.aggregate';

export class RecordCitizenAttendanceCommand extends Command<CitizenAttendance> {
  constructor(
    readonly meetingId: string,
    readonly caseId: string,
    readonly present: boolean,
    readonly absenceReason: string | null,
    readonly supporter: string | null,
  ) {
    super();
  }
}
