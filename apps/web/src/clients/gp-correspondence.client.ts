import { Injectable } from '@nestjs/common';
import type { SignedInPerson } from '../session/signed-in-person';
import { WebSettings } from '../web-settings';
import { callService, findInService } from './service-call';

/*
 * Everything the pages ask of the GP correspondence service, in one place: what was sent to the
 * GP and its acknowledgement, the GP's answers, and the built-in GP inbox with its reply.
 */

/** A message to the GP: the outcome of the case, or the request for the LÆ 265. */
export interface OutcomeMessage {
  id: string;
  caseId: string;
  purpose: string;
  status: string;
  outcome: string | null;
  followsRecommendation: boolean | null;
  recipient: { sorCode: string; name: string } | null;
  pendingReason: string | null;
  queuedAt: string;
  sentAt: string | null;
  acknowledgedAt: string | null;
  acknowledgementCode: string | null;
}

export interface GpInboxMessageSummary {
  id: string;
  receivedAt: string;
  sender: { sorCode: string | null; name: string | null };
  recipient: { sorCode: string | null; name: string | null };
  category: string | null;
  topic: string | null;
  acknowledgementCode: string;
  duplicatesReceived: number;
}

export interface GpInboxMessage extends GpInboxMessageSummary {
  bundle: object;
  replies: { id: string; sentAt: string; acknowledgementCode: string | null }[];
}

/** What a GP sent the municipality: a reply, an acknowledgement, or input that was refused. */
export interface IncomingMessageSummary {
  id: string;
  caseId: string | null;
  outcome: string;
  activity: string | null;
  topic: string | null;
  receivedAt: string;
}

export interface IncomingMessage extends IncomingMessageSummary {
  message: object | null;
}

/** Who replies from the GP inbox, as MedCom wants the author named. */
export interface GpReplyAuthor {
  givenName: string;
  familyName: string;
  role: string;
  phone: string;
}

@Injectable()
export class GpCorrespondenceClient {
  constructor(private readonly settings: WebSettings) {}

  private url(path: string): string {
    return `${this.settings.gpCorrespondenceUrl}/api${path}`;
  }

  outcomeMessages(person: SignedInPerson, caseId: string): Promise<OutcomeMessage[]> {
    return callService(person, 'GET', this.url(`/outcome-messages?caseId=${encodeURIComponent(caseId)}`));
  }

  /** The GP's replies about the case, oldest first. */
  async replies(person: SignedInPerson, caseId: string): Promise<IncomingMessageSummary[]> {
    const received = await callService<IncomingMessageSummary[]>(
      person,
      'GET',
      this.url(`/incoming-messages?caseId=${encodeURIComponent(caseId)}&outcome=accepted`),
    );
    return received.filter((message) => message.activity === 'reply-message').reverse();
  }

  incomingMessage(person: SignedInPerson, id: string): Promise<IncomingMessage | null> {
    return findInService(person, this.url(`/incoming-messages/${encodeURIComponent(id)}`));
  }

  reply(person: SignedInPerson, inboxMessageId: string, text: string, author: GpReplyAuthor): Promise<unknown> {
    return callService(person, 'POST', this.url(`/gp-inbox/messages/${encodeURIComponent(inboxMessageId)}/replies`), {
      text,
      author,
    });
  }

  inbox(person: SignedInPerson): Promise<GpInboxMessageSummary[]> {
    return callService(person, 'GET', this.url('/gp-inbox/messages?limit=100'));
  }

  inboxMessage(person: SignedInPerson, id: string): Promise<GpInboxMessage | null> {
    return findInService(person, this.url(`/gp-inbox/messages/${encodeURIComponent(id)}`));
  }
}
