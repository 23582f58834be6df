import { Inject, Injectable } from '@nestjs/common';
import { EventConsumerHost } from '../consumer/event-consumer-host';
import { MESSAGING_OPTIONS, type MessagingOptions, quoteIdentifier } from '../messaging.options';
import { TransactionRunner } from '../transaction-runner';
import type { PartitionLag } from '../transport/message-transport';
import { addMessagingMetricsSource } from './messaging-metrics';

/** Reports this service's outbox, dead letters and consumer lag to the metrics while it runs. */
@Injectable()
export class MessagingMetricsReporter {
  private remove: (() => void) | undefined;

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly transactions: TransactionRunner,
    private readonly consumers: EventConsumerHost,
  ) {}

  start(): void {
    const schema = quoteIdentifier(this.options.schema);
    const query = <T>(sql: string) => this.transactions.dataSource.query<T>(sql);
    this.remove ??= addMessagingMetricsSource({
      service: this.options.serviceName,
      groupId: this.consumers.groupId,
      outbox: async () => {
        const [row] = await query<{ backlog: number; oldest_age_seconds: number | null }[]>(
          `SELECT count(*)::int AS backlog, extract(epoch FROM now() - min(created_at))::float8 AS oldest_age_seconds
             FROM ${schema}.outbox_message WHERE published_at IS NULL`,
        );
        return { backlog: row.backlog, oldestAgeSeconds: row.oldest_age_seconds ?? 0 };
      },
      deadLetters: async () => {
        const rows = await query<{ source_topic: string; count: number }[]>(
          `SELECT source_topic, count(*)::int AS count FROM ${schema}.dead_letter GROUP BY source_topic`,
        );
        return rows.map((row) => ({ sourceTopic: row.source_topic, count: row.count }));
      },
      consumerLag: (): Promise<PartitionLag[]> => {
        const topics = this.consumers.topics;
        const transport = this.options.transport;
        if (topics.length === 0 || !transport.consumerLag) return Promise.resolve([]);
        return transport.consumerLag(this.consumers.groupId, topics);
      },
    });
  }

  stop(): void {
    this.remove?.();
    this.remove = undefined;
  }
}
