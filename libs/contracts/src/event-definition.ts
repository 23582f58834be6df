import { z } from 'zod';
import { EnvelopeSchema, type EnvelopeMetadata, type EventEnvelope, newEventId } from './envelope';
import type { TopicName } from './topics/topics';

/**
 * A published event type: its stable wire name, its schema version, the topic it travels on
 * and the schema of its payload. The wire name never derives from a class name, so renaming
 * code never renames an event.
 */
export interface EventDefinition<TType extends string = string, TSchema extends z.ZodType = z.ZodType> {
  readonly type: TType;
  readonly schemaVersion: number;
  readonly topic: TopicName;
  readonly payload: TSchema;
}

export type PayloadOf<D extends EventDefinition> = z.infer<D['payload']>;
export type EnvelopeOf<D extends EventDefinition> = EventEnvelope<PayloadOf<D>>;

export function defineEvent<TType extends string, TSchema extends z.ZodType>(definition: {
  type: TType;
  schemaVersion: number;
  topic: TopicName;
  payload: TSchema;
}): EventDefinition<TType, TSchema> {
  return Object.freeze(definition);
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

export function createEnvelope<D extends EventDefinition>(
  definition: D,
  payload: PayloadOf<D>,
  metadata: EnvelopeMetadata,
): EnvelopeOf<D> {
  const parsedPayload = definition.payload.safeParse(payload);
  if (!parsedPayload.success) {
    throw new ContractViolation(`payload of ${definition.type} is invalid`, describeIssues(parsedPayload.error));
  }
  const envelope = {
    eventId: metadata.eventId ?? newEventId(),
    type: definition.type,
    schemaVersion: definition.schemaVersion,
    occurredAt: (metadata.occurredAt ?? new Date()).toISOString(),
    correlationId: metadata.correlationId,
    causationId: metadata.causationId,
    actor: metadata.actor,
    subjectId: metadata.subjectId,
    caseId: metadata.caseId,
    municipality: metadata.municipality,
    payload: parsedPayload.data,
  };
  const parsedEnvelope = EnvelopeSchema.safeParse(envelope);
  if (!parsedEnvelope.success) {
    throw new ContractViolation(`envelope of ${definition.type} is invalid`, describeIssues(parsedEnvelope.error));
  }
  return envelope as EnvelopeOf<D>;
}
