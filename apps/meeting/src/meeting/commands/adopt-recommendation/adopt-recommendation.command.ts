import { Command } from '@nestjs/cqrs';
import type { PensionGrounds, Recommendation } from '../../domain/meeting.aggregate';

export class AdoptRecommendationCommand extends Command<Recommendation> {
  constructor(
    readonly meetingId: string,
    readonly caseId: string,
    readonly outcome: string,
    readonly text: string,
    readonly adoptedBy: string,
    readonly quorumOverrideReason: string | null = null,
    readonly pensionGrounds: Partial<PensionGrounds> | null = null,
  ) {
    super();
  }
}
