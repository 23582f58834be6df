import { Command } from '@nestjs/cqrs';

export interface ReceiveAcknowledgementResult {
  outcomeMessageId: string;
  /** False when this acknowledgement (or an earlier one) was already recorded. */
  recorded: boolean;
}

/** An acknowledgement came back from the GP's system, through whichever transport, whenever. */
export class ReceiveAcknowledgementCommand extends Command<ReceiveAcknowledgementResult> {
  constructor(readonly acknowledgement: unknown) {
    super();
  }
}
