import { Command } from '@nestjs/cqrs';
import type { Meeting, MeetingPlan } from '../../domain/meeting.aggregate';

export class ScheduleMeetingSeriesCommand extends Command<Meeting[]> {
  constructor(
    readonly municipality: string,
    readonly firstStartsAt: Date,
    readonly intervalDays: number,
    readonly occurrences: number,
    readonly chairId: string,
    readonly plan: Omit<MeetingPlan, 'agendaLeadHours'> = {},
  ) {
    super();
  }
}
