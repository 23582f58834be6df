import { Inject, Injectable } from '@nestjs/common';
import { MESSAGING_OPTIONS, type MessagingOptions, quoteIdentifier, TransactionRunner } from '@rehab/messaging';
import type { ThreadRecord } from './thread-record';

export interface StoredThreadRecord extends ThreadRecord {
  direction: 'outgoing' | 'incoming';
  caseId: string | null;
  outcomeMessageId: string | null;
}

type Row = {
  message_header_id: string;
  bundle_id: string;
  direction: 'outgoing' | 'incoming';
  activity: string;
  communication_identifier: string | null;
  preceding_message_header_id: string | null;
  case_id: string | null;
  outcome_message_id: string | null;
  occurred_at: Date;
};

function fromRow(row: Row): StoredThreadRecord {
  return {
    messageHeaderId: row.message_header_id,
    bundleId: row.bundle_id,
    direction: row.direction,
    activity: row.activity,
    communicationIdentifier: row.communication_identifier,
    precedingMessageHeaderId: row.preceding_message_header_id,
    caseId: row.case_id,
    outcomeMessageId: row.outcome_message_id,
    occurredAt: new Date(row.occurred_at),
  };
}

/**
 * The local Provenance store: every message of every thread, ours and the GPs', by
 * MessageHeader.id. A reply, correction or cancellation finds its case through the message it
 * names, or, when that one has not arrived yet, through its thread (Communication.identifier).
 */
@Injectable()
export class ProvenanceStoreRepository {
  private readonly table: string;

  constructor(
    private readonly transactions: TransactionRunner,
    @Inject(MESSAGING_OPTIONS) options: MessagingOptions,
  ) {
    this.table = `${quoteIdentifier(options.schema)}.correspondence_provenance`;
  }

  /** Records a message once; recording it again changes nothing. */
  async record(record: StoredThreadRecord): Promise<void> {
    await this.transactions.requireManager('Recording provenance').query(
      `INSERT INTO ${this.table}
         (message_header_id, bundle_id, direction, activity, communication_identifier, preceding_message_header_id,
          case_id, outcome_message_id, occurred_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (message_header_id) DO NOTHING`,
      [
        record.messageHeaderId,
        record.bundleId,
        record.direction,
        record.activity,
        record.communicationIdentifier,
        record.precedingMessageHeaderId,
        record.caseId,
        record.outcomeMessageId,
        record.occurredAt,
      ],
    );
  }

  async find(messageHeaderId: string): Promise<StoredThreadRecord | null> {
    const manager = this.transactions.inTransaction()
      ? this.transactions.requireManager('Reading provenance')
      : this.transactions.dataSource.manager;
    const rows = await manager.query<Row[]>(`SELECT * FROM ${this.table} WHERE message_header_id = $1`, [
      messageHeaderId,
    ]);
    return rows[0] ? fromRow(rows[0]) : null;
  }

  /**
   * The case (and our message, if any) a message belongs to: through the message it names,
   * else through another message of its thread that knows its case.
   */
  async placeInThread(record: ThreadRecord): Promise<{ caseId: string; outcomeMessageId: string | null } | null> {
    if (record.precedingMessageHeaderId) {
      const preceding = await this.find(record.precedingMessageHeaderId);
      if (preceding?.caseId) {
        return { caseId: preceding.caseId, outcomeMessageId: preceding.outcomeMessageId };
      }
    }
    // A forward starts a thread of its own, so its identifier says nothing about our case.
    if (!record.communicationIdentifier || record.activity === 'forward-message') return null;
    const manager = this.transactions.requireManager('Reading provenance');
    const rows = await manager.query<Row[]>(
      `SELECT * FROM ${this.table}
        WHERE communication_identifier = $1 AND case_id IS NOT NULL
        ORDER BY (direction = 'outgoing') DESC, occurred_at
        LIMIT 1`,
      [record.communicationIdentifier],
    );
    return rows[0]?.case_id ? { caseId: rows[0].case_id, outcomeMessageId: rows[0].outcome_message_id } : null;
  }

  /** Messages that arrived before the message they follow can be placed once it is known. */
  async adoptOrphans(communicationIdentifier: string, caseId: string): Promise<string[]> {
    const [rows] = await this.transactions
      .requireManager('Recording provenance')
      .query<[{ message_header_id: string }[], number]>(
        `UPDATE ${this.table} SET case_id = $2
        WHERE communication_identifier = $1 AND case_id IS NULL AND activity <> 'forward-message'
        RETURNING message_header_id`,
        [communicationIdentifier, caseId],
      );
    return rows.map((row) => row.message_header_id);
  }
}
