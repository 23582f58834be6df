import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { DecisionRecorded, type EnvelopeOf } from '@rehab/contracts';
import { HandleEvent } from '@rehab/messaging';
import { QueueOutcomeMessageCommand } from '../commands/queue-outcome-message/queue-outcome-message.command';

/** Every decision (afgørelse) is told to the citizen's GP. */
@Injectable()
export class DecisionRecordedConsumer {
  constructor(private readonly commands: CommandBus) {}

  @HandleEvent(DecisionRecorded)
  async handle(event: EnvelopeOf<typeof DecisionRecorded>): Promise<void> {
    const { payload } = event;
    await this.commands.execute(
      new QueueOutcomeMessageCommand(payload.caseId, payload.decisionId, event.subjectId, event.municipality, {
        recommendationId: payload.recommendationId,
        outcome: payload.outcome,
        followsRecommendation: payload.followsRecommendation,
        recommendationText: payload.recommendationText,
        decidedBy: payload.decidedBy,
        decidedAtMeeting: payload.decidedAtMeeting,
        decidedAt: payload.decidedAt,
      }),
    );
  }
}
