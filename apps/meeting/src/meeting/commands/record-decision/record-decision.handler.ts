import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import { DecisionAuthority, type Decision } from '../../domain/meeting.aggregate';
import { MeetingRepository } from '../../infrastructure/meeting.repository';
import { RecordDecisionCommand } from './record-decision.command';

@CommandHandler(RecordDecisionCommand)
export class RecordDecisionHandler implements ICommandHandler<RecordDecisionCommand, Decision> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly meetings: MeetingRepository,
    private readonly authority: DecisionAuthority,
  ) {}

  async execute(command: RecordDecisionCommand): Promise<Decision> {
    return this.transactions.run(async () => {
      const meeting = await this.meetings.get(command.meetingId);
      const decision = meeting.recordDecision(
        command.caseId,
        {
          outcome: command.outcome,
          decidedBy: command.decidedBy,
          decidedAtMeeting: command.decidedAtMeeting,
          deviationReason: command.deviationReason,
        },
        this.authority,
        new Date(),
      );
      await this.meetings.save(meeting);
      return decision;
    });
  }
}
