import { Inject, Injectable } from '@nestjs/common';
import { MESSAGING_OPTIONS, type MessagingOptions, quoteIdentifier, TransactionRunner } from '@rehab/messaging';
import { type EntityManager, In } from 'typeorm';
import { GpInboxMessageEntity } from './gp-inbox-message.entity';
import { GpInboxReplyEntity } from './gp-inbox-reply.entity';

export type NewGpInboxMessage = Omit<GpInboxMessageEntity, 'receivedAt' | 'duplicatesReceived' | 'lastDuplicateAt'>;

@Injectable()
export class GpInboxRepository {
  private readonly table: string;

  constructor(
    private readonly transactions: TransactionRunner,
    @Inject(MESSAGING_OPTIONS) options: MessagingOptions,
  ) {
    this.table = `${quoteIdentifier(options.schema)}.gp_inbox_message`;
    this.replyTable = `${quoteIdentifier(options.schema)}.gp_inbox_reply`;
  }

  private readonly replyTable: string;

  private manager(): EntityManager {
    return this.transactions.inTransaction()
      ? this.transactions.requireManager('Reading the GP inbox')
      : this.transactions.dataSource.manager;
  }

  async findByMessageIdentity(bundleId: string, messageHeaderId: string): Promise<GpInboxMessageEntity | null> {
    return this.manager().findOneBy(GpInboxMessageEntity, { bundleId, messageHeaderId });
  }

  /** Stores a first delivery; false when the same Bundle.id + MessageHeader.id is already there. */
  async insert(message: NewGpInboxMessage): Promise<boolean> {
    const manager = this.transactions.requireManager('Receiving a GP message');
    const rows = await manager.query<{ id: string }[]>(
      `INSERT INTO ${this.table}
         (id, bundle_id, message_header_id, event_code, recipient_sor_code, recipient_name, sender_sor_code,
          sender_name, category, topic, bundle, acknowledgement, acknowledgement_code)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (bundle_id, message_header_id) DO NOTHING
       RETURNING id`,
      [
        message.id,
        message.bundleId,
        message.messageHeaderId,
        message.eventCode,
        message.recipientSorCode,
        message.recipientName,
        message.senderSorCode,
        message.senderName,
        message.category,
        message.topic,
        JSON.stringify(message.bundle),
        JSON.stringify(message.acknowledgement),
        message.acknowledgementCode,
      ],
    );
    return rows.length === 1;
  }

  async countDuplicate(id: string): Promise<void> {
    await this.transactions
      .requireManager('Receiving a GP message')
      .query(
        `UPDATE ${this.table} SET duplicates_received = duplicates_received + 1, last_duplicate_at = now() WHERE id = $1`,
        [id],
      );
  }

  async recordReply(reply: Omit<GpInboxReplyEntity, 'sentAt'>): Promise<void> {
    await this.transactions.run((manager) =>
      manager.query(
        `INSERT INTO ${this.replyTable} (id, inbox_message_id, bundle, acknowledgement, acknowledgement_code)
         VALUES ($1, $2, $3, $4, $5)`,
        [
          reply.id,
          reply.inboxMessageId,
          JSON.stringify(reply.bundle),
          reply.acknowledgement ? JSON.stringify(reply.acknowledgement) : null,
          reply.acknowledgementCode,
        ],
      ),
    );
  }

  async repliesTo(inboxMessageId: string): Promise<GpInboxReplyEntity[]> {
    return this.manager().find(GpInboxReplyEntity, { where: { inboxMessageId }, order: { sentAt: 'ASC' } });
  }

  async find(id: string): Promise<GpInboxMessageEntity | null> {
    return this.manager().findOneBy(GpInboxMessageEntity, { id });
  }

  /** The newest messages to any of the clinics (SOR codes); never messages to other clinics. */
  async list(filter: { recipientSorCodes: readonly string[]; limit: number }): Promise<GpInboxMessageEntity[]> {
    return this.manager().find(GpInboxMessageEntity, {
      where: { recipientSorCode: In([...filter.recipientSorCodes]) },
      order: { receivedAt: 'DESC' },
      take: filter.limit,
    });
  }
}
