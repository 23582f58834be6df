import { z } from 'zod';
import {
  EnvelopeSchema,
  type EnvelopeMetadata,
  type EventEnvelope,
  MeetingEnvelopeSchema,
  type MeetingEnvelopeMetadata,
  type MeetingEventEnvelope,
  newEventId,
} from './envelope';
import type { TopicName } from './topics/topics';

/**
 * Which stream an event belongs to, and so which envelope carries it and what keys it on Kafka:
 * a case's events (keyed by case id) or a meeting's own events (keyed by meeting id).
 */
export type EventStream = 'case' | 'meeting';

/**
 * A published event type: its stable wire name, its schema version, the topic it travels on,
 * its stream and the schema of its payload. The wire name never derives from a class name, so
 * renaming code never renames an event.
 */
export interface EventDefinition<
  TType extends string = string,
  TSchema extends z.ZodType = z.ZodType,
  TStream extends EventStream = EventStream,
> {
  readonly type: TType;
  readonly schemaVersion: number;
  readonly topic: TopicName;
  readonly stream: TStream;
  readonly payload: TSchema;
}

export type PayloadOf<D extends EventDefinition> = z.infer<D['payload']>;
export type EnvelopeOf<D extends EventDefinition> = D['stream'] extends 'meeting'
  ? MeetingEventEnvelope<PayloadOf<D>>
  : EventEnvelope<PayloadOf<D>>;
/** What the writer supplies besides the payload: a case and its subject, or a meeting. */
export type MetadataOf<D extends EventDefinition> = D['stream'] extends 'meeting'
  ? MeetingEnvelopeMetadata
  : EnvelopeMetadata;

/** Defines an event; without a stream it is a case's event, as every event was before meetings had their own. */
export function defineEvent<
  TType extends string,
  TSchema extends z.ZodType,
  TStream extends EventStream = 'case',
>(definition: {
  type: TType;
  schemaVersion: number;
  topic: TopicName;
  stream?: TStream;
  payload: TSchema;
}): EventDefinition<TType, TSchema, TStream> {
  return Object.freeze({ ...definition, stream: definition.stream ?? ('case' as TStream) });
}

/** Thrown when an event does not match its contract, on the way out or on the way in. */
export class ContractViolation extends Error {
  constructor(
    message: string,
    readonly issues: readonly string[] = [],
  ) {
    super(issues.length ? `${message}: ${issues.join('; ')}` : message);
    this.name = 'ContractViolation';
  }
}

/**
 * Issue texts name the path and the rule, never the offending value, so a CPR number in a
 * bad message cannot leak into an error text or a dead-letter reason.
 */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`);
}

/** Builds and validates an envelope: a meeting's event gets its meeting, a case's event its case and subject. */
export function createEnvelope<D extends EventDefinition<string, z.ZodType, 'meeting'>>(
  definition: D,
  payload: PayloadOf<D>,
  metadata: MeetingEnvelopeMetadata,
): EnvelopeOf<D>;
export function createEnvelope<D extends EventDefinition>(
  definition: D,
  payload: PayloadOf<D>,
  metadata: EnvelopeMetadata,
): EnvelopeOf<D>;
export function createEnvelope<D extends EventDefinition>(
  definition: D,
  payload: PayloadOf<D>,
  metadata: MetadataOf<D>,
): EnvelopeOf<D>;
export function createEnvelope<D extends EventDefinition>(
  definition: D,
  payload: PayloadOf<D>,
  metadata: EnvelopeMetadata | MeetingEnvelopeMetadata,
): EnvelopeOf<D> {
  const parsedPayload = definition.payload.safeParse(payload);
  if (!parsedPayload.success) {
    throw new ContractViolation(`payload of ${definition.type} is invalid`, describeIssues(parsedPayload.error));
  }
  const common = {
    eventId: metadata.eventId ?? newEventId(),
    type: definition.type,
    schemaVersion: definition.schemaVersion,
    occurredAt: (metadata.occurredAt ?? new Date()).toISOString(),
    correlationId: metadata.correlationId,
    causationId: metadata.causationId,
    actor: metadata.actor,
  };
  const streamFields =
    definition.stream === 'meeting'
      ? { meetingId: (metadata as MeetingEnvelopeMetadata).meetingId }
      : {
          subjectId: (metadata as EnvelopeMetadata).subjectId,
          caseId: (metadata as EnvelopeMetadata).caseId,
        };
  const envelope = { ...common, ...streamFields, municipality: metadata.municipality, payload: parsedPayload.data };
  const parsedEnvelope = envelopeSchemaOf(definition).safeParse(envelope);
  if (!parsedEnvelope.success) {
    throw new ContractViolation(`envelope of ${definition.type} is invalid`, describeIssues(parsedEnvelope.error));
  }
  return envelope as EnvelopeOf<D>;
}

/** The envelope schema of the definition's stream; the same decode path checks both. */
export function envelopeSchemaOf(definition: EventDefinition): typeof EnvelopeSchema | typeof MeetingEnvelopeSchema {
  return definition.stream === 'meeting' ? MeetingEnvelopeSchema : EnvelopeSchema;
}
