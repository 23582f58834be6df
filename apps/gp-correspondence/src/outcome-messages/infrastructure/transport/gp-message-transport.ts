import type { MessageBundle } from '../../../medcom/fhir.types';

/**
 * How a MedCom message reaches the GP's system: today the built-in GP inbox; later an HTTP
 * gateway and a file-drop mailbox (VANS / the health network through the municipality's
 * gateway). Acknowledgements do not come back through send(): whenever a transport receives
 * one, now or much later, it hands it to ReceiveAcknowledgementCommand.
 */
export interface GpMessageTransport {
  /** Names the transport in logs and diagnostics. */
  readonly kind: string;
  /**
   * Hands one message over. Resolves once the transport has taken responsibility for it;
   * rejects when it has not, and the dispatcher tries again later with the same Bundle.id and
   * MessageHeader.id, so that the receiver can recognise a repeat.
   */
  send(message: MessageBundle): Promise<void>;
}

export const GP_MESSAGE_TRANSPORT = Symbol('GP_MESSAGE_TRANSPORT');

/** The transport could not hand the message over. Its text never carries the message or a CPR number. */
export class GpTransportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GpTransportError';
  }
}
