import { Command } from '@nestjs/cqrs';
import type { Meeting } from '../../domain/meeting.aggregate';

export interface MemberAttendance {
  role: string;
  staffId: string;
  present: boolean;
}

export class RecordAttendanceCommand extends Command<Meeting> {
  constructor(
    readonly meetingId: string,
    readonly members: readonly MemberAttendance[],
  ) {
    super();
  }
}
