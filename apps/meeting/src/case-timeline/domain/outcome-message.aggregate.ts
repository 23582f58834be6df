export type AcknowledgementCode = 'ok' | 'transient-error' | 'fatal-error';

/** The GP system's receipt of a message; a transient error may be followed by an ok. */
export interface Acknowledgement {
  code: AcknowledgementCode;
  acknowledgedAt: Date;
}

export interface OutcomeMessageState {
  /** MedCom message header id: the GP correspondence service's name for the message. */
  messageHeaderId: string;
  caseId: string;
  /** Unknown while only an acknowledgement has arrived. */
  decisionId: string | null;
  recipientSorCode: string | null;
  sentAt: Date | null;
  acknowledgements: Acknowledgement[];
  version: number;
}

/**
 * The outcome message to the citizen's own GP, as the GP correspondence service reported it.
 * The meeting service only records it, so a case's history says what the GP was told and when.
 */
export class OutcomeMessage {
  private constructor(private state: OutcomeMessageState) {}

  static sent(input: {
    messageHeaderId: string;
    caseId: string;
    decisionId: string;
    recipientSorCode: string;
    sentAt: Date;
  }): OutcomeMessage {
    const message = OutcomeMessage.unknownUntilSent(input);
    message.recordSent(input);
    return message;
  }

  /** An acknowledgement that arrives first is kept, not lost; the sending fills in the rest. */
  static acknowledgedBeforeSent(input: { messageHeaderId: string; caseId: string }): OutcomeMessage {
    return OutcomeMessage.unknownUntilSent(input);
  }

  static restore(state: OutcomeMessageState): OutcomeMessage {
    return new OutcomeMessage(state);
  }

  /** The first report of sending counts; a repeated report changes nothing. */
  recordSent(input: { decisionId: string; recipientSorCode: string; sentAt: Date }): void {
    if (this.state.sentAt) return;
    this.state = {
      ...this.state,
      decisionId: input.decisionId,
      recipientSorCode: input.recipientSorCode,
      sentAt: input.sentAt,
    };
  }

  recordAcknowledgement(acknowledgement: Acknowledgement): void {
    const known = this.state.acknowledgements.some(
      (held) =>
        held.code === acknowledgement.code && held.acknowledgedAt.getTime() === acknowledgement.acknowledgedAt.getTime(),
    );
    if (known) return;
    this.state = { ...this.state, acknowledgements: [...this.state.acknowledgements, { ...acknowledgement }] };
  }

  /** When the GP's system first confirmed receipt, if it has. */
  get acknowledgedAt(): Date | null {
    const ok = this.state.acknowledgements
      .filter((acknowledgement) => acknowledgement.code === 'ok')
      .map((acknowledgement) => acknowledgement.acknowledgedAt.getTime());
    return ok.length > 0 ? new Date(Math.min(...ok)) : null;
  }

  snapshot(): Readonly<OutcomeMessageState> {
    return this.state;
  }

  private static unknownUntilSent(input: { messageHeaderId: string; caseId: string }): OutcomeMessage {
    return new OutcomeMessage({
      messageHeaderId: input.messageHeaderId,
      caseId: input.caseId,
      decisionId: null,
      recipientSorCode: null,
      sentAt: null,
      acknowledgements: [],
      version: 0,
    });
  }
}
