import { Inject, Injectable } from '@nestjs/common';
import {
  createEnvelope,
  type EnvelopeOf,
  type EventDefinition,
  type PayloadOf,
  physicalTopic,
} from '@rehab/contracts';
import { RequestContexts } from '../context/request-context';
import { MESSAGING_OPTIONS, type MessagingOptions, quoteIdentifier } from '../messaging.options';
import { TransactionRunner } from '../transaction-runner';
import { OutboxRelay } from './outbox-relay';

export interface EventSubject {
  caseId: string;
  /** Pseudonymous person id. */
  subjectId: string;
  municipality: string;
}

/**
 * Records events in the outbox table, inside the transaction of the state change they
 * describe. The relay publishes them after the commit, so an event is published if and only
 * if its state change was committed.
 */
@Injectable()
export class Outbox {
  private readonly table: string;

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly transactions: TransactionRunner,
    private readonly relay: OutboxRelay,
  ) {
    this.table = `${quoteIdentifier(options.schema)}.outbox_message`;
  }

  async publish<D extends EventDefinition>(
    definition: D,
    payload: PayloadOf<D>,
    subject: EventSubject,
  ): Promise<EnvelopeOf<D>> {
    const manager = this.transactions.requireManager(`Publishing ${definition.type}`);
    const context = RequestContexts.currentOr(this.options.serviceName);
    const envelope = createEnvelope(definition, payload, {
      correlationId: context.correlationId,
      causationId: context.causationId,
      actor: context.actor,
      ...subject,
    });
    await manager.query(
      `INSERT INTO ${this.table} (event_id, event_type, topic, message_key, envelope) VALUES ($1, $2, $3, $4, $5)`,
      [
        envelope.eventId,
        envelope.type,
        physicalTopic(definition.topic, this.options.topicPrefix ?? ''),
        envelope.caseId,
        JSON.stringify(envelope),
      ],
    );
    this.transactions.onCommit(() => this.relay.wake());
    return envelope;
  }
}
