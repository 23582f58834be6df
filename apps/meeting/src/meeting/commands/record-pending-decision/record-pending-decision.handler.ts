import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import type { PendingDecision } from '../../domain/meeting.aggregate';
import { MeetingRepository } from '../../infrastructure/meeting.repository';
import { RecordPendingDecisionCommand } from './record-pending-decision.command';

@CommandHandler(RecordPendingDecisionCommand)
export class RecordPendingDecisionHandler implements ICommandHandler<RecordPendingDecisionCommand, PendingDecision> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly meetings: MeetingRepository,
  ) {}

  async execute(command: RecordPendingDecisionCommand): Promise<PendingDecision> {
    return this.transactions.run(async () => {
      const meeting = await this.meetings.get(command.meetingId);
      const pending = meeting.recordPendingDecision(
        command.caseId,
        { owner: command.owner, dueDate: command.dueDate },
        new Date(),
      );
      await this.meetings.save(meeting);
      return pending;
    });
  }
}
