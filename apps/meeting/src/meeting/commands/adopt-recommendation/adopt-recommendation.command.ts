import { Command } from '@nestjs/cqrs';
import type { Recommendation } from '../../domain/meeting.aggregate';

export class AdoptRecommendationCommand extends Command<Recommendation> {
  constructor(
    readonly meetingId: string,
    readonly caseId: string,
    readonly outcome: string,
    readonly text: string,
    readonly adoptedBy: string,
  ) {
    super();
  }
}
