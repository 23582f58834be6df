import { Inject, Injectable } from '@nestjs/common';
import { MESSAGING_OPTIONS, type MessagingOptions, quoteIdentifier, TransactionRunner } from '@rehab/messaging';
import type { EntityManager } from 'typeorm';
import { IncomingMessageEntity } from './incoming-message.entity';

export type NewIncomingMessage = Omit<IncomingMessageEntity, 'receivedAt' | 'duplicatesReceived' | 'lastDuplicateAt'>;

@Injectable()
export class IncomingMessagesRepository {
  private readonly table: string;

  constructor(
    private readonly transactions: TransactionRunner,
    @Inject(MESSAGING_OPTIONS) options: MessagingOptions,
  ) {
    this.table = `${quoteIdentifier(options.schema)}.incoming_message`;
  }

  private manager(): EntityManager {
    return this.transactions.inTransaction()
      ? this.transactions.requireManager('Reading incoming messages')
      : this.transactions.dataSource.manager;
  }

  async findByMessageIdentity(bundleId: string, messageHeaderId: string): Promise<IncomingMessageEntity | null> {
    return this.manager().findOneBy(IncomingMessageEntity, { bundleId, messageHeaderId });
  }

  /** Stores a message; false when one with the same Bundle.id + MessageHeader.id is already there. */
  async insert(message: NewIncomingMessage): Promise<boolean> {
    const rows = await this.transactions.requireManager('Receiving a message').query<{ id: string }[]>(
      `INSERT INTO ${this.table}
         (id, bundle_id, message_header_id, event_code, raw, message, outcome, problems, acknowledgement,
          acknowledgement_code, case_id, communication_identifier, activity, transport)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT (bundle_id, message_header_id) WHERE bundle_id IS NOT NULL AND message_header_id IS NOT NULL
       DO NOTHING
       RETURNING id`,
      [
        message.id,
        message.bundleId,
        message.messageHeaderId,
        message.eventCode,
        message.raw,
        message.message ? JSON.stringify(message.message) : null,
        message.outcome,
        JSON.stringify(message.problems),
        message.acknowledgement ? JSON.stringify(message.acknowledgement) : null,
        message.acknowledgementCode,
        message.caseId,
        message.communicationIdentifier,
        message.activity,
        message.transport,
      ],
    );
    return rows.length === 1;
  }

  async countDuplicate(id: string): Promise<void> {
    await this.transactions
      .requireManager('Receiving a message')
      .query(
        `UPDATE ${this.table} SET duplicates_received = duplicates_received + 1, last_duplicate_at = now() WHERE id = $1`,
        [id],
      );
  }

  async find(id: string): Promise<IncomingMessageEntity | null> {
    return this.manager().findOneBy(IncomingMessageEntity, { id });
  }

  async list(filter: { caseId?: string; outcome?: string; limit: number }): Promise<IncomingMessageEntity[]> {
    return this.manager().find(IncomingMessageEntity, {
      where: {
        ...(filter.caseId ? { caseId: filter.caseId } : {}),
        ...(filter.outcome ? { outcome: filter.outcome as IncomingMessageEntity['outcome'] } : {}),
      },
      order: { receivedAt: 'DESC' },
      take: filter.limit,
    });
  }
}
