import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import type { Recommendation } from '../../domain/meeting.aggregate';
import { MeetingRepository } from '../../infrastructure/meeting.repository';
import { AdoptRecommendationCommand } from './adopt-recommendation.command';

@CommandHandler(AdoptRecommendationCommand)
export class AdoptRecommendationHandler implements ICommandHandler<AdoptRecommendationCommand, Recommendation> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly meetings: MeetingRepository,
  ) {}

  async execute(command: AdoptRecommendationCommand): Promise<Recommendation> {
    return this.transactions.run(async () => {
      const meeting = await this.meetings.get(command.meetingId);
      const recommendation = meeting.adoptRecommendation(
        command.caseId,
        {
          outcome: command.outcome,
          text: command.text,
          adoptedBy: command.adoptedBy,
          quorumOverrideReason: command.quorumOverrideReason,
          pensionGrounds: command.pensionGrounds,
        },
        new Date(),
      );
      await this.meetings.save(meeting);
      return recommendation;
    });
  }
}
