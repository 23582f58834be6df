import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ALL_TOPICS, EnvelopeSchema, MeetingEnvelopeSchema, physicalTopic } from '@rehab/contracts';
import {
  type DeliveredMessage,
  MESSAGE_TRANSPORT,
  MESSAGING_OPTIONS,
  type MessageTransport,
  type MessagingOptions,
  type Subscription,
} from '@rehab/messaging';
import { RuntimeSettings } from '@rehab/platform';
import { Observable, Subject } from 'rxjs';

/** What a page needs to know to refresh itself: which case or meeting, what happened, when. Never the payload. */
export interface LiveEvent {
  type: string;
  caseId: string | null;
  meetingId: string | null;
  municipality: string;
  occurredAt: string;
}

/**
 * Feeds the pages' server-sent events from the event stream. The pages only learn that
 * something happened to a case and then fetch the page again through the services' APIs, so
 * nothing here is stored: a missed or repeated event costs at most one refresh. That is why this
 * reads the transport directly, without the inbox that makes the services' handling exactly-once.
 *
 * Each web instance must see every event for the pages it serves, so each reads under its own
 * consumer group (WEB_INSTANCE_ID, "web" for the one instance of the default layouts).
 */
@Injectable()
export class LiveEvents implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('web');
  private readonly events = new Subject<LiveEvent>();
  private subscription: Subscription | null = null;
  private readonly startedAt = Date.now();

  constructor(
    @Inject(MESSAGE_TRANSPORT) private readonly transport: MessageTransport,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly settings: RuntimeSettings,
  ) {}

  get stream(): Observable<LiveEvent> {
    return this.events.asObservable();
  }

  async onApplicationBootstrap(): Promise<void> {
    const prefix = this.options.topicPrefix ?? '';
    const topics = ALL_TOPICS.map((topic) => physicalTopic(topic, prefix));
    await this.transport.ensureTopics(topics);
    const instance = this.settings.get('WEB_INSTANCE_ID', 'web');
    this.subscription = await this.transport.subscribe({
      groupId: physicalTopic(`${instance}.live-pages`, prefix),
      topics,
      handle: (message) => Promise.resolve(this.deliver(message)),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscription?.stop();
    this.events.complete();
  }

  /** A message the pages cannot use is skipped: it is the services' consumers that dead-letter. */
  private deliver(message: DeliveredMessage): void {
    if (!message.value) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(message.value.toString('utf8'));
    } catch {
      this.logger.warn(`skipped an unreadable message on ${message.topic}`);
      return;
    }
    const event = toLiveEvent(parsed);
    // History replayed when the group first starts is of no use to a page open now.
    if (event && Date.parse(event.occurredAt) >= this.startedAt - 60_000) this.events.next(event);
  }
}

/** A case's event names its case, a meeting's own event its meeting; anything else is no event. */
export function toLiveEvent(parsed: unknown): LiveEvent | null {
  const caseEvent = EnvelopeSchema.safeParse(parsed);
  if (caseEvent.success) {
    const { type, caseId, municipality, occurredAt } = caseEvent.data;
    return { type, caseId, meetingId: null, municipality, occurredAt };
  }
  const meetingEvent = MeetingEnvelopeSchema.safeParse(parsed);
  if (meetingEvent.success) {
    const { type, meetingId, municipality, occurredAt } = meetingEvent.data;
    return { type, caseId: null, meetingId, municipality, occurredAt };
  }
  return null;
}
