import { Command } from '@nestjs/cqrs';

export interface GpReply {
  text: string;
  author: { givenName: string; familyName: string; role: string; phone: string };
  /** An optional PDF, e.g. the certificate the municipality asked for. */
  attachment?: { title: string; base64: string };
}

export interface ReplyAsGpResult {
  replyId: string;
  bundleId: string;
  messageHeaderId: string;
  acknowledgementCode: 'ok' | 'transient-error' | 'fatal-error' | null;
}

/** The GP, reading a message in the built-in inbox, replies to it. */
export class ReplyAsGpCommand extends Command<ReplyAsGpResult> {
  constructor(
    readonly inboxMessageId: string,
    readonly reply: GpReply,
  ) {
    super();
  }
}
