import { Command } from '@nestjs/cqrs';
import type { MessageBundle } from '../../../medcom/fhir.types';

export interface ReceiveGpMessageResult {
  inboxMessageId: string;
  /** The acknowledgement to return: on a duplicate, the very same one as the first time. Null when the GP system keeps silent. */
  acknowledgement: MessageBundle | null;
  duplicate: boolean;
}

/** A MedCom message arrives at the built-in GP inbox. */
export class ReceiveGpMessageCommand extends Command<ReceiveGpMessageResult> {
  constructor(readonly message: unknown) {
    super();
  }
}
