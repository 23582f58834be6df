import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import type { ProceedingStep } from '../../domain/order-of-business';
import { MeetingRepository } from '../../infrastructure/meeting.repository';
import { RecordProceedingStepCommand } from './record-proceeding-step.command';

@CommandHandler(RecordProceedingStepCommand)
export class RecordProceedingStepHandler implements ICommandHandler<RecordProceedingStepCommand, ProceedingStep> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly meetings: MeetingRepository,
  ) {}

  async execute(command: RecordProceedingStepCommand): Promise<ProceedingStep> {
    return this.transactions.run(async () => {
      const meeting = await this.meetings.get(command.meetingId);
      const step = meeting.recordProceedingStep(
        { step: command.step, caseId: command.caseId, recordedBy: command.recordedBy },
        new Date(),
      );
      await this.meetings.save(meeting);
      return step;
    });
  }
}
