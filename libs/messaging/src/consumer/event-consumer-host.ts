import { Inject, Injectable, Logger } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import {
  type AnyEventEnvelope,
  ContractViolation,
  decodeEvent,
  deadLetterTopicFor,
  type EventDefinition,
  physicalTopic,
} from '@rehab/contracts';
import { RequestContexts } from '../context/request-context';
import { MESSAGING_OPTIONS, type MessagingOptions, quoteIdentifier } from '../messaging.options';
import { messagingMetrics } from '../metrics/messaging-metrics';
import { redactCpr } from '../privacy/redact-cpr';
import { inConsumerSpan } from '../tracing/message-tracing';
import { TransactionRunner } from '../transaction-runner';
import type { DeliveredMessage, Subscription } from '../transport/message-transport';
import { HANDLES_EVENT } from './handle-event.decorator';

type EventHandlerFunction = (envelope: AnyEventEnvelope) => Promise<void>;

export type HandlingOutcome = 'handled' | 'duplicate' | 'ignored' | 'dead-lettered';

/**
 * Consumes the topics of the events this service handles. Each message is decoded and
 * validated, then handled in one transaction with its inbox row, so a redelivered event has no
 * second effect. A message that cannot be read, or whose handler keeps failing, goes to the
 * service's dead-letter topic with the reason; the consumer goes on with the next one.
 */
@Injectable()
export class EventConsumerHost {
  private readonly logger = new Logger(EventConsumerHost.name);
  private readonly handlers = new Map<string, EventHandlerFunction>();
  private readonly inboxTable: string;
  private readonly deadLetterTable: string;
  private subscription: Subscription | undefined;
  private stopping = false;
  private readonly abortPauses = new AbortController();

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly transactions: TransactionRunner,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {
    this.inboxTable = `${quoteIdentifier(options.schema)}.inbox_message`;
    this.deadLetterTable = `${quoteIdentifier(options.schema)}.dead_letter`;
  }

  get groupId(): string {
    return physicalTopic(this.options.serviceName, this.options.topicPrefix ?? '');
  }

  get deadLetterTopic(): string {
    return physicalTopic(deadLetterTopicFor(this.options.serviceName), this.options.topicPrefix ?? '');
  }

  /** The physical topics this service consumes, derived from the events it handles. */
  get topics(): string[] {
    return [...this.definitions().values()].map((definition) =>
      physicalTopic(definition.topic, this.options.topicPrefix ?? ''),
    ).filter((topic, index, all) => all.indexOf(topic) === index);
  }

  discoverHandlers(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const methodName of this.scanner.getAllMethodNames(prototype)) {
        const method = (instance as Record<string, unknown>)[methodName];
        if (typeof method !== 'function') continue;
        const definition = this.reflector.get<EventDefinition | undefined>(HANDLES_EVENT, method);
        if (!definition) continue;
        if (this.handlers.has(definition.type)) {
          throw new Error(`Two handlers for ${definition.type} in ${this.options.serviceName}`);
        }
        this.handlers.set(definition.type, (method as EventHandlerFunction).bind(instance));
        this.handledDefinitions.set(definition.type, definition);
      }
    }
  }

  private readonly handledDefinitions = new Map<string, EventDefinition>();

  private definitions(): Map<string, EventDefinition> {
    return this.handledDefinitions;
  }

  async start(): Promise<void> {
    const topics = this.topics;
    if (topics.length === 0) return;
    this.subscription = await this.options.transport.subscribe({
      groupId: this.groupId,
      topics,
      handle: (message) => this.handle(message).then(() => undefined),
      handleBatch: (messages) => this.handleBatch(messages),
      maxBatchSize: this.options.consumer?.maxBatchSize ?? 100,
    });
    this.logger.log({ service: this.options.serviceName, groupId: this.groupId, topics }, 'consuming');
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.abortPauses.abort();
    await this.subscription?.stop();
    this.subscription = undefined;
  }

  /**
   * Handles consecutive messages of one partition in one transaction: one commit instead of one
   * per message, with the same effect. If anything in the batch fails, nothing of it was
   * committed, and the messages are handled one by one, so only the one at fault is retried
   * and dead-lettered.
   */
  async handleBatch(messages: readonly DeliveredMessage[]): Promise<void> {
    if (messages.length === 1) {
      await this.handle(messages[0]);
      return;
    }
    const handled: { message: DeliveredMessage; envelope: AnyEventEnvelope; handler: EventHandlerFunction }[] = [];
    const unreadable: DeadLetter[] = [];
    for (const message of messages) {
      let envelope: AnyEventEnvelope;
      try {
        envelope = this.decode(message);
      } catch (error) {
        if (!(error instanceof ContractViolation)) throw error;
        unreadable.push({ message, reason: error.message, attempts: 1, envelope: null });
        continue;
      }
      const handler = this.handlers.get(envelope.type);
      if (handler) handled.push({ message, envelope, handler });
      else this.countOutcome(message, 'ignored');
    }
    // An unreadable message has no effect, so it may leave before the others commit.
    await this.deadLetterAll(unreadable);
    if (handled.length === 0) return;
    const outcomes: [DeliveredMessage, HandlingOutcome][] = [];
    try {
      await this.transactions.run(async (manager) => {
        outcomes.length = 0;
        const rows = await manager.query<{ event_id: string }[]>(
          `INSERT INTO ${this.inboxTable}
             (consumer_group, event_id, event_type, source_topic, source_partition, source_offset)
           SELECT $1, * FROM unnest($2::uuid[], $3::text[], $4::text[], $5::int[], $6::bigint[])
           ON CONFLICT (consumer_group, event_id) DO NOTHING
           RETURNING event_id`,
          [
            this.options.serviceName,
            handled.map((item) => item.envelope.eventId),
            handled.map((item) => item.envelope.type),
            handled.map((item) => item.message.topic),
            handled.map((item) => item.message.partition),
            handled.map((item) => item.message.offset),
          ],
        );
        // Only the first delivery of each event id in this batch is new.
        const fresh = new Set(rows.map((row) => row.event_id));
        for (const item of handled) {
          const outcome = fresh.delete(item.envelope.eventId) ? 'handled' : 'duplicate';
          outcomes.push([item.message, outcome]);
          if (outcome === 'duplicate') continue;
          await RequestContexts.run(this.contextFor(item.envelope), () =>
            inConsumerSpan(this.options.serviceName, item.message, item.envelope, () => item.handler(item.envelope)),
          );
        }
      });
      for (const [message, outcome] of outcomes) this.countOutcome(message, outcome);
    } catch (error) {
      if (this.stopping) throw error;
      for (const item of handled) await this.handle(item.message);
    }
  }

  /** Handles one delivered message to the end; rejects only when the message must be redelivered. */
  async handle(message: DeliveredMessage): Promise<HandlingOutcome> {
    let envelope: AnyEventEnvelope;
    try {
      envelope = this.decode(message);
    } catch (error) {
      if (error instanceof ContractViolation) {
        await this.deadLetter(message, error.message, 1, null);
        return 'dead-lettered';
      }
      throw error;
    }
    const handler = this.handlers.get(envelope.type);
    if (!handler) {
      this.countOutcome(message, 'ignored');
      return 'ignored';
    }

    const maxAttempts = this.options.consumer?.maxAttempts ?? 5;
    const backoffMs = this.options.consumer?.retryBackoffMs ?? 200;
    let lastError: unknown;
    for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
      try {
        const outcome = await this.handleOnce(message, envelope, handler);
        this.countOutcome(message, outcome);
        return outcome;
      } catch (error) {
        lastError = error;
        if (error instanceof ContractViolation) break; // the same input will fail the same way
        if (this.stopping) throw error; // leave it uncommitted; it is redelivered after restart
        this.logger.warn(
          { service: this.options.serviceName, eventId: envelope.eventId, eventType: envelope.type, attempt, maxAttempts, err: error },
          'event handler failed',
        );
        if (attempt < maxAttempts) await this.pause(backoffMs * 2 ** (attempt - 1));
        if (this.stopping) throw error;
      }
    }
    const reason =
      lastError instanceof ContractViolation
        ? `handler refused the event: ${lastError.message}`
        : `handler failed ${maxAttempts} times: ${errorText(lastError)}`;
    await this.deadLetter(message, reason, maxAttempts, envelope);
    return 'dead-lettered';
  }

  private async handleOnce(
    message: DeliveredMessage,
    envelope: AnyEventEnvelope,
    handler: EventHandlerFunction,
  ): Promise<HandlingOutcome> {
    return RequestContexts.run(
      this.contextFor(envelope),
      () =>
        this.transactions.run(async (manager) => {
          const inserted = await manager.query<unknown[]>(
            `INSERT INTO ${this.inboxTable}
               (consumer_group, event_id, event_type, source_topic, source_partition, source_offset)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (consumer_group, event_id) DO NOTHING
             RETURNING event_id`,
            [this.options.serviceName, envelope.eventId, envelope.type, message.topic, message.partition, message.offset],
          );
          if (inserted.length === 0) return 'duplicate';
          await inConsumerSpan(this.options.serviceName, message, envelope, () => handler(envelope));
          return 'handled';
        }),
    );
  }

  /** Work caused by an event carries its correlation id, and the event as its cause. */
  private contextFor(envelope: AnyEventEnvelope) {
    return {
      correlationId: envelope.correlationId,
      causationId: envelope.eventId,
      actor: { kind: 'service' as const, id: this.options.serviceName },
      service: this.options.serviceName,
    };
  }

  private deadLetter(
    message: DeliveredMessage,
    reason: string,
    attempts: number,
    envelope: AnyEventEnvelope | null,
  ): Promise<void> {
    return this.deadLetterAll([{ message, reason, attempts, envelope }]);
  }

  /**
   * Sends messages to the dead-letter topic and records them, with the message itself so an
   * operator can replay it. Many at once cost one broker round trip and one insert, which keeps
   * a flood of poison messages from starving the good ones.
   */
  private async deadLetterAll(letters: readonly DeadLetter[]): Promise<void> {
    for (const chunk of chunksWithin(letters, DEAD_LETTER_CHUNK_BYTES)) await this.deadLetterChunk(chunk);
  }

  private async deadLetterChunk(letters: readonly DeadLetter[]): Promise<void> {
    if (letters.length === 0) return;
    const at = new Date().toISOString();
    const rows = letters.map((letter) => ({ ...letter, safeReason: redactCpr(letter.reason).slice(0, 2000) }));
    await this.options.transport.publish(
      rows.map(({ message, safeReason, attempts }) => ({
        topic: this.deadLetterTopic,
        key: message.key ?? '',
        value: message.value ? message.value.toString('utf8') : '',
        headers: {
          ...message.headers,
          'dead-letter-reason': safeReason,
          'dead-letter-original-topic': message.topic,
          'dead-letter-original-partition': String(message.partition),
          'dead-letter-original-offset': message.offset,
          'dead-letter-consumer-group': this.groupId,
          'dead-letter-attempts': String(attempts),
          'dead-letter-at': at,
        },
      })),
    );
    await this.transactions.dataSource.query(
      `INSERT INTO ${this.deadLetterTable}
         (source_topic, source_partition, source_offset, event_id, event_type, reason, attempts,
          message_key, message_value, message_headers)
       SELECT * FROM unnest($1::text[], $2::int[], $3::bigint[], $4::uuid[], $5::text[], $6::text[], $7::int[],
                            $8::text[], $9::bytea[], $10::jsonb[])`,
      [
        rows.map((row) => row.message.topic),
        rows.map((row) => row.message.partition),
        rows.map((row) => row.message.offset),
        rows.map((row) => row.envelope?.eventId ?? null),
        rows.map((row) => row.envelope?.type ?? null),
        rows.map((row) => row.safeReason),
        rows.map((row) => row.attempts),
        // PostgreSQL text and jsonb refuse NUL characters, which a poison message may carry.
        rows.map((row) => (row.message.key === null ? null : withoutNul(row.message.key))),
        rows.map((row) => row.message.value ?? Buffer.alloc(0)),
        rows.map((row) => JSON.stringify(row.message.headers, (_key, value: unknown) => (typeof value === 'string' ? withoutNul(value) : value))),
      ],
    );
    for (const { message, envelope, safeReason } of rows) {
      this.countOutcome(message, 'dead-lettered');
      messagingMetrics.deadLettered.inc({ service: this.options.serviceName, source_topic: message.topic });
      this.logger.warn(
        {
          service: this.options.serviceName,
          topic: message.topic,
          partition: message.partition,
          offset: message.offset,
          eventType: envelope?.type,
          reason: safeReason,
        },
        'message sent to the dead-letter topic',
      );
    }
  }

  /**
   * Reads a delivered message into a validated envelope. A message over the size limit is
   * refused unread: parsing it would cost the consumer more than any real event needs.
   */
  private decode(message: DeliveredMessage): AnyEventEnvelope {
    const limit = this.options.consumer?.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
    const size = message.value?.length ?? 0;
    if (size > limit) throw new ContractViolation(`message is ${size} bytes, over the limit of ${limit} bytes`);
    return decodeEvent(message.value, message.topic);
  }

  private countOutcome(message: DeliveredMessage, outcome: HandlingOutcome): void {
    messagingMetrics.consumed.inc({ service: this.options.serviceName, topic: message.topic, outcome });
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.abortPauses.signal.addEventListener('abort', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}

interface DeadLetter {
  message: DeliveredMessage;
  reason: string;
  attempts: number;
  envelope: AnyEventEnvelope | null;
}

/** Half of Kafka's default largest message, so the dead-letter copy with its headers still fits. */
const DEFAULT_MAX_MESSAGE_BYTES = 512 * 1024;

/**
 * Kafka refuses a produce batch over its message size limit (1 MiB unless configured), so dead
 * letters go out in chunks of at most this many value bytes; a larger message goes alone.
 */
const DEAD_LETTER_CHUNK_BYTES = 256 * 1024;

function chunksWithin(letters: readonly DeadLetter[], maxBytes: number): DeadLetter[][] {
  const chunks: DeadLetter[][] = [];
  let current: DeadLetter[] = [];
  let bytes = 0;
  for (const letter of letters) {
    const size = letter.message.value?.length ?? 0;
    if (current.length > 0 && bytes + size > maxBytes) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(letter);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

function withoutNul(text: string): string {
  return text.replaceAll('\0', '');
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
