import { Command } from '@nestjs/cqrs';
import type { Decision } from '../../domain/meeting.aggregate';

export class RecordDecisionCommand extends Command<Decision> {
  constructor(
    readonly meetingId: string,
    readonly caseId: string,
    readonly outcome: string,
    readonly decidedBy: string,
    readonly decidedAtMeeting: boolean,
    readonly deviationReason: string | null = null,
  ) {
    super();
  }
}
