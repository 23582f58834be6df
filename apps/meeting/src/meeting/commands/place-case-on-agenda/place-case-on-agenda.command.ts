import { Command } from '@nestjs/cqrs';
import type { AgendaItem } from '../../domain/meeting.aggregate';

export class PlaceCaseOnAgendaCommand extends Command<AgendaItem> {
  constructor(
    readonly meetingId: string,
    readonly caseId: string,
  ) {
    super();
  }
}
