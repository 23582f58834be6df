import { Inject, Injectable, Logger } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import {
  ContractViolation,
  decodeEvent,
  deadLetterTopicFor,
  type EventDefinition,
  type EventEnvelope,
  physicalTopic,
} from '@rehab/contracts';
import { RequestContexts } from '../context/request-context';
import { MESSAGING_OPTIONS, type MessagingOptions, quoteIdentifier } from '../messaging.options';
import { redactCpr } from '../privacy/redact-cpr';
import { TransactionRunner } from '../transaction-runner';
import type { DeliveredMessage, Subscription } from '../transport/message-transport';
import { HANDLES_EVENT } from './handle-event.decorator';

type EventHandlerFunction = (envelope: EventEnvelope) => Promise<void>;

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
    const handled: { message: DeliveredMessage; envelope: EventEnvelope; handler: EventHandlerFunction }[] = [];
    for (const message of messages) {
      let envelope: EventEnvelope;
      try {
        envelope = decodeEvent(message.value, message.topic);
      } catch (error) {
        if (!(error instanceof ContractViolation)) throw error;
        // An unreadable message has no effect, so it may leave before the others commit.
        await this.deadLetter(message, error.message, 1, null);
        continue;
      }
      const handler = this.handlers.get(envelope.type);
      if (handler) handled.push({ message, envelope, handler });
    }
    if (handled.length === 0) return;
    try {
      await this.transactions.run(async (manager) => {
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
          if (!fresh.delete(item.envelope.eventId)) continue;
          await RequestContexts.run(this.contextFor(item.envelope), () => item.handler(item.envelope));
        }
      });
    } catch (error) {
      if (this.stopping) throw error;
      for (const item of handled) await this.handle(item.message);
    }
  }

  /** Handles one delivered message to the end; rejects only when the message must be redelivered. */
  async handle(message: DeliveredMessage): Promise<HandlingOutcome> {
    let envelope: EventEnvelope;
    try {
      envelope = decodeEvent(message.value, message.topic);
    } catch (error) {
      if (error instanceof ContractViolation) {
        await this.deadLetter(message, error.message, 1, null);
        return 'dead-lettered';
      }
      throw error;
    }
    const handler = this.handlers.get(envelope.type);
    if (!handler) return 'ignored';

    const maxAttempts = this.options.consumer?.maxAttempts ?? 5;
    const backoffMs = this.options.consumer?.retryBackoffMs ?? 200;
    let lastError: unknown;
    for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
      try {
        return await this.handleOnce(message, envelope, handler);
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
    envelope: EventEnvelope,
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
          await handler(envelope);
          return 'handled';
        }),
    );
  }

  /** Work caused by an event carries its correlation id, and the event as its cause. */
  private contextFor(envelope: EventEnvelope) {
    return {
      correlationId: envelope.correlationId,
      causationId: envelope.eventId,
      actor: { kind: 'service' as const, id: this.options.serviceName },
      service: this.options.serviceName,
    };
  }

  private async deadLetter(
    message: DeliveredMessage,
    reason: string,
    attempts: number,
    envelope: EventEnvelope | null,
  ): Promise<void> {
    const safeReason = redactCpr(reason).slice(0, 2000);
    await this.options.transport.publish([
      {
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
          'dead-letter-at': new Date().toISOString(),
        },
      },
    ]);
    await this.transactions.dataSource.query(
      `INSERT INTO ${this.deadLetterTable}
         (source_topic, source_partition, source_offset, event_id, event_type, reason, attempts)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [message.topic, message.partition, message.offset, envelope?.eventId ?? null, envelope?.type ?? null, safeReason, attempts],
    );
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

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
