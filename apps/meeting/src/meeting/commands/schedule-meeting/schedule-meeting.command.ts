import { Command } from '@nestjs/cqrs';
import type { Meeting, MeetingPlan } from '../../domain/meeting.aggregate';

export class ScheduleMeetingCommand extends Command<Meeting> {
  constructor(
    readonly municipality: string,
    readonly startsAt: Date,
    readonly chairId: string,
    readonly plan: Omit<MeetingPlan, 'agendaLeadHours'> = {},
  ) {
    super();
  }
}
