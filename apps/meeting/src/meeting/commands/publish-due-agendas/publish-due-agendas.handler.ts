import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import { MeetingRepository } from '../../infrastructure/meeting.repository';
import { PublishDueAgendasCommand } from './publish-due-agendas.command';

const BATCH_SIZE = 100;

@CommandHandler(PublishDueAgendasCommand)
export class PublishDueAgendasHandler implements ICommandHandler<PublishDueAgendasCommand, string[]> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly meetings: MeetingRepository,
  ) {}

  async execute(command: PublishDueAgendasCommand): Promise<string[]> {
    const published: string[] = [];
    const seen = new Set<string>();
    for (;;) {
      const due = (await this.meetings.dueForAgendaPublication(command.now, BATCH_SIZE)).filter((id) => !seen.has(id));
      if (due.length === 0) return published;
      for (const meetingId of due) {
        seen.add(meetingId);
        if (await this.publishOne(meetingId, command.now)) published.push(meetingId);
      }
    }
  }

  /** One meeting per transaction, so one failure does not hold back the rest. */
  private async publishOne(meetingId: string, now: Date): Promise<boolean> {
    return this.transactions.run(async () => {
      const meeting = await this.meetings.get(meetingId);
      if (!meeting.publishAgendaIfDue(now)) return false;
      return this.meetings.saveAgendaPublication(meeting);
    });
  }
}
