import type { MessageBundle } from '../../../medcom/fhir.types';

/**
 * How a MedCom message reaches the GP's system: the built-in GP inbox (the one-command demo),
 * an HTTP gateway, or a file-drop mailbox (VANS / the health network through the
 * municipality's gateway). Chosen by GP_TRANSPORT. Nothing comes back through send(): whatever
 * a transport receives, an acknowledgement or a GP's message, now or much later, it hands to
 * ReceiveIncomingMessageCommand and returns the acknowledgement that command gives.
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

export const GP_TRANSPORT_SETTING = 'GP_TRANSPORT';
export const GP_TRANSPORT_KINDS = ['built-in-gp-inbox', 'http-gateway', 'file-drop'] as const;
export type GpTransportKind = (typeof GP_TRANSPORT_KINDS)[number];

/** The transport could not hand the message over. Its text never carries the message or a CPR number. */
export class GpTransportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GpTransportError';
  }
}
