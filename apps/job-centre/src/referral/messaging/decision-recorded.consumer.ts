import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { DecisionRecorded, type EnvelopeOf } from '@rehab/contracts';
import { HandleEvent } from '@rehab/messaging';
import { RecordDecisionCommand } from '../commands/record-decision/record-decision.command';

/** The meeting service's decision closes the job centre's view of the referral. */
@Injectable()
export class DecisionRecordedConsumer {
  constructor(private readonly commands: CommandBus) {}

  @HandleEvent(DecisionRecorded)
  async handle(event: EnvelopeOf<typeof DecisionRecorded>): Promise<void> {
    const { payload } = event;
    await this.commands.execute(
      new RecordDecisionCommand(payload.caseId, {
        decisionId: payload.decisionId,
        outcome: payload.outcome,
        followsRecommendation: payload.followsRecommendation,
        decidedAt: new Date(payload.decidedAt),
      }),
    );
  }
}
