import { Command } from '@nestjs/cqrs';
import type { PendingDecision } from '../../domain/meeting.aggregate';

export class RecordPendingDecisionCommand extends Command<PendingDecision> {
  constructor(
    readonly meetingId: string,
    readonly caseId: string,
    readonly owner: string,
    readonly dueDate: Date,
  ) {
    super();
  }
}
