import { Command } from '@nestjs/cqrs';
import type { MessageBundle } from '../../../medcom/fhir.types';

export interface ReceiveIncomingMessageResult {
  incomingMessageId: string;
  /**
   * The acknowledgement the transport returns to the sender: the very same one for a
   * duplicate. Null for an acknowledgement (never acknowledged) and for bytes that are not a
   * message at all (they name no one to answer); `problems` then says what is wrong.
   */
  acknowledgement: MessageBundle | null;
  duplicate: boolean;
  problems: { code: string; diagnostics: string }[];
}

/** Bytes arrived from a GP's system, through whichever transport: a message, an acknowledgement, or garbage. */
export class ReceiveIncomingMessageCommand extends Command<ReceiveIncomingMessageResult> {
  constructor(
    readonly raw: Buffer,
    /** Which transport received it (built-in-gp-inbox, http-gateway, file-drop). */
    readonly transport: string,
  ) {
    super();
  }
}
