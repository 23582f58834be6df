import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { OutcomeMessageSent, type EnvelopeOf } from '@rehab/contracts';
import { HandleEvent } from '@rehab/messaging';
import { RecordOutcomeMessageSentCommand } from '../commands/record-outcome-message-sent/record-outcome-message-sent.command';

/** The GP correspondence service sent the outcome to the citizen's GP. */
@Injectable()
export class OutcomeMessageSentConsumer {
  constructor(private readonly commands: CommandBus) {}

  @HandleEvent(OutcomeMessageSent)
  async handle(event: EnvelopeOf<typeof OutcomeMessageSent>): Promise<void> {
    const { payload } = event;
    await this.commands.execute(
      new RecordOutcomeMessageSentCommand(
        payload.caseId,
        payload.messageHeaderId,
        payload.decisionId,
        payload.recipientSorCode,
        new Date(payload.sentAt),
      ),
    );
  }
}
