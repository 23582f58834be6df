import { Inject, Injectable, Logger } from '@nestjs/common';
import { MESSAGING_OPTIONS, type MessagingOptions, quoteIdentifier } from '../messaging.options';
import { TransactionRunner } from '../transaction-runner';

export type DeadLetterReplay =
  | { outcome: 'replayed'; id: number; topic: string; replayCount: number }
  | { outcome: 'not-found'; id: number }
  | { outcome: 'not-replayable'; id: number; why: string };

interface DeadLetterRow {
  source_topic: string;
  event_id: string | null;
  message_key: string | null;
  message_value: Buffer | null;
  message_headers: Record<string, string> | null;
}

/**
 * Sends a dead-lettered event back to the topic it came from, once its cause is fixed. Every
 * consumer group on that topic sees it again; those that handled it before recognise its event
 * id in their inbox and skip it, so only the group that dead-lettered it acts on it.
 */
@Injectable()
export class DeadLetterReplayer {
  private readonly logger = new Logger(DeadLetterReplayer.name);
  private readonly table: string;

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly transactions: TransactionRunner,
  ) {
    this.table = `${quoteIdentifier(options.schema)}.dead_letter`;
  }

  async replay(id: number): Promise<DeadLetterReplay> {
    const [row] = await this.transactions.dataSource.query<DeadLetterRow[]>(
      `SELECT source_topic, event_id, message_key, message_value, message_headers FROM ${this.table} WHERE id = $1`,
      [id],
    );
    if (!row) return { outcome: 'not-found', id };
    if (row.message_value === null) {
      return {
        outcome: 'not-replayable',
        id,
        why: 'it was dead-lettered before messages were kept; replay it from the dead-letter topic',
      };
    }
    if (row.event_id === null) {
      return {
        outcome: 'not-replayable',
        id,
        why: 'it is not a readable event and would be dead-lettered again; the producer must publish a corrected event',
      };
    }
    const headers = Object.fromEntries(
      Object.entries(row.message_headers ?? {}).filter(([name]) => !name.startsWith('dead-letter-')),
    );
    await this.options.transport.publish([
      {
        topic: row.source_topic,
        key: row.message_key ?? '',
        value: row.message_value.toString('utf8'),
        headers: { ...headers, 'replayed-from-dead-letter': `${this.options.serviceName}:${id}` },
      },
    ]);
    const [updated] = await this.transactions.dataSource.query<{ replay_count: number }[]>(
      // Through a CTE, so the driver answers with the returned row rather than an update count.
      `WITH replayed AS (
         UPDATE ${this.table} SET replay_count = replay_count + 1, last_replayed_at = now() WHERE id = $1 RETURNING replay_count
       ) SELECT replay_count FROM replayed`,
      [id],
    );
    this.logger.log(
      { service: this.options.serviceName, deadLetterId: id, eventId: row.event_id, topic: row.source_topic },
      'dead letter replayed',
    );
    return { outcome: 'replayed', id, topic: row.source_topic, replayCount: updated.replay_count };
  }
}
