import { Inject, Injectable } from '@nestjs/common';
import {
  createEnvelope,
  type EnvelopeOf,
  type EventDefinition,
  type MetadataOf,
  type PayloadOf,
  physicalTopic,
  streamKeyOf,
} from '@rehab/contracts';
import { RequestContexts } from '../context/request-context';
import { MESSAGING_OPTIONS, type MessagingOptions, quoteIdentifier } from '../messaging.options';
import { traceHeadersForPublishedEvent } from '../tracing/message-tracing';
import { TransactionRunner } from '../transaction-runner';
import { OutboxRelay } from './outbox-relay';

export interface EventSubject {
  caseId: string;
  /** Pseudonymous person id. */
  subjectId: string;
  municipality: string;
}

/** A meeting's own event concerns no case and no citizen: the meeting id keys it. */
export interface MeetingEventSubject {
  meetingId: string;
  municipality: string;
}

export type EventSubjectOf<D extends EventDefinition> = D['stream'] extends 'meeting' ? MeetingEventSubject : EventSubject;

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
    subject: EventSubjectOf<D>,
  ): Promise<EnvelopeOf<D>> {
    const manager = this.transactions.requireManager(`Publishing ${definition.type}`);
    const context = RequestContexts.currentOr(this.options.serviceName);
    const envelope = createEnvelope(definition, payload, {
      correlationId: context.correlationId,
      causationId: context.causationId,
      actor: context.actor,
      ...subject,
    } as MetadataOf<D>);
    const topic = physicalTopic(definition.topic, this.options.topicPrefix ?? '');
    await manager.query(
      `INSERT INTO ${this.table} (event_id, event_type, topic, message_key, envelope, trace_headers)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        envelope.eventId,
        envelope.type,
        topic,
        streamKeyOf(envelope),
        JSON.stringify(envelope),
        JSON.stringify(traceHeadersForPublishedEvent(this.options.serviceName, envelope.type, topic)),
      ],
    );
    this.transactions.onCommit(() => this.relay.wake());
    return envelope;
  }
}
