import { Inject, Injectable, Logger } from '@nestjs/common';
import { MESSAGING_OPTIONS, type MessagingOptions, quoteIdentifier } from '../messaging.options';
import { traceHeadersOf } from '../tracing/message-tracing';
import { TransactionRunner } from '../transaction-runner';
import type { OutgoingMessage } from '../transport/message-transport';

interface OutboxRow {
  id: string;
  event_id: string;
  event_type: string;
  topic: string;
  message_key: string;
  envelope: { correlationId: string; schemaVersion: number } & Record<string, unknown>;
  trace_headers: unknown;
}

/**
 * Moves committed outbox rows to the broker, oldest first. One relay per service schema works
 * at a time (a transaction-scoped advisory lock), so rows leave in the order they were written.
 */
@Injectable()
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly table: string;
  private readonly lockKey: string;
  private running = false;
  private loop: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;
  private pendingWake = false;
  private failures = 0;

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly transactions: TransactionRunner,
  ) {
    this.table = `${quoteIdentifier(options.schema)}.outbox_message`;
    this.lockKey = `outbox-relay:${options.schema}`;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wakeUp?.();
    await this.loop;
  }

  /** Tells the relay that a commit just added rows. */
  wake(): void {
    this.pendingWake = true;
    // While the broker is failing, commits must not cut the back-off short.
    if (this.failures === 0) this.wakeUp?.();
  }

  /** Publishes one batch; returns how many rows it moved. */
  async relayBatch(): Promise<number> {
    const batchSize = this.options.relay?.batchSize ?? 500;
    return this.transactions.run(async (manager) => {
      const [{ locked }] = await manager.query<{ locked: boolean }[]>('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked', [
        this.lockKey,
      ]);
      if (!locked) return 0;
      const rows = await manager.query<OutboxRow[]>(
        `SELECT id, event_id, event_type, topic, message_key, envelope, trace_headers FROM ${this.table}
          WHERE published_at IS NULL ORDER BY id LIMIT $1`,
        [batchSize],
      );
      if (rows.length === 0) return 0;
      const messages: OutgoingMessage[] = rows.map((row) => ({
        topic: row.topic,
        key: row.message_key,
        value: JSON.stringify(row.envelope),
        headers: {
          ...traceHeadersOf(row.trace_headers),
          'event-id': row.event_id,
          'event-type': row.event_type,
          'schema-version': String(row.envelope.schemaVersion),
          'correlation-id': row.envelope.correlationId,
        },
      }));
      await this.options.transport.publish(messages);
      await manager.query(`UPDATE ${this.table} SET published_at = now() WHERE id = ANY($1::bigint[])`, [
        rows.map((row) => row.id),
      ]);
      return rows.length;
    });
  }

  private async run(): Promise<void> {
    const pollIntervalMs = this.options.relay?.pollIntervalMs ?? 1000;
    const batchSize = this.options.relay?.batchSize ?? 500;
    while (this.running) {
      this.pendingWake = false;
      try {
        const moved = await this.relayBatch();
        this.failures = 0;
        if (moved === batchSize) continue;
      } catch (error) {
        this.failures += 1;
        this.logger.error({ service: this.options.serviceName, err: error, failures: this.failures }, 'outbox relay failed; the rows stay and are tried again');
      }
      if (!this.running) break;
      if (this.pendingWake && this.failures === 0) continue;
      const pause = this.failures > 0 ? Math.min(pollIntervalMs * 2 ** this.failures, 30_000) : pollIntervalMs;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pause);
        this.wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wakeUp = undefined;
    }
  }
}
