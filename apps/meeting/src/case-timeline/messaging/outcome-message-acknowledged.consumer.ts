import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { OutcomeMessageAcknowledged, type EnvelopeOf } from '@rehab/contracts';
import { HandleEvent } from '@rehab/messaging';
import { RecordOutcomeMessageAcknowledgedCommand } from '../commands/record-outcome-message-acknowledged/record-outcome-message-acknowledged.command';

/** The GP's system answered the outcome message with a receipt. */
@Injectable()
export class OutcomeMessageAcknowledgedConsumer {
  constructor(private readonly commands: CommandBus) {}

  @HandleEvent(OutcomeMessageAcknowledged)
  async handle(event: EnvelopeOf<typeof OutcomeMessageAcknowledged>): Promise<void> {
    const { payload } = event;
    await this.commands.execute(
      new RecordOutcomeMessageAcknowledgedCommand(payload.caseId, payload.messageHeaderId, {
        code: payload.code,
        acknowledgedAt: new Date(payload.acknowledgedAt),
      }),
    );
  }
}
