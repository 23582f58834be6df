import { ContractViolation, describeIssues, envelopeSchemaOf, type EventDefinition } from '../event-definition';
import { type AnyEventEnvelope, EnvelopeSchema } from '../envelope';
import { DEPARTMENT_EVENTS } from './department.events';
import { GP_CORRESPONDENCE_EVENTS } from './gp-correspondence.events';
import { JOB_CENTRE_EVENTS } from './job-centre.events';
import { MEETING_EVENTS } from './meeting.events';
import { MEETING_PROCEEDINGS_EVENTS } from './meeting-proceedings.events';
import { PLAN_EVENTS } from './plan.events';

export const ALL_EVENTS: readonly EventDefinition[] = [
  ...JOB_CENTRE_EVENTS,
  ...DEPARTMENT_EVENTS,
  ...MEETING_EVENTS,
  ...MEETING_PROCEEDINGS_EVENTS,
  ...GP_CORRESPONDENCE_EVENTS,
  ...PLAN_EVENTS,
];

const byTypeAndVersion = new Map<string, EventDefinition>(
  ALL_EVENTS.map((definition) => [`${definition.type}@${definition.schemaVersion}`, definition]),
);
const knownTypes = new Set(ALL_EVENTS.map((definition) => definition.type));

if (byTypeAndVersion.size !== ALL_EVENTS.length) {
  throw new Error('Two event definitions share a type and schema version');
}

export function findEventDefinition(type: string, schemaVersion: number): EventDefinition | undefined {
  return byTypeAndVersion.get(`${type}@${schemaVersion}`);
}

/** What every envelope has, whichever stream it belongs to: enough to find its definition. */
const EnvelopeHeaderSchema = EnvelopeSchema.omit({ subjectId: true, caseId: true });

/**
 * Reads raw bytes from a topic into a validated envelope of the event's stream (a case's or a meeting's), or throws a ContractViolation whose
 * message says what is wrong (never what the bad value was).
 */
export function decodeEvent(raw: Buffer | string | null, topic: string): AnyEventEnvelope {
  if (raw === null || raw.length === 0) {
    throw new ContractViolation('message has no value');
  }
  let json: unknown;
  try {
    json = JSON.parse(typeof raw === 'string' ? raw : raw.toString('utf8'));
  } catch {
    throw new ContractViolation('message value is not valid JSON');
  }
  const header = EnvelopeHeaderSchema.safeParse(json);
  if (!header.success) {
    throw new ContractViolation('message is not a valid event envelope', describeIssues(header.error));
  }
  const { type, schemaVersion } = header.data;
  const definition = findEventDefinition(type, schemaVersion);
  if (!definition) {
    throw new ContractViolation(
      knownTypes.has(type)
        ? `unknown schema version ${schemaVersion} of event type "${type}"`
        : `unknown event type "${type}"`,
    );
  }
  if (!topic.endsWith(definition.topic)) {
    throw new ContractViolation(`event type "${type}" does not belong on topic "${topic}"`);
  }
  const envelope = envelopeSchemaOf(definition).safeParse(json);
  if (!envelope.success) {
    throw new ContractViolation('message is not a valid event envelope', describeIssues(envelope.error));
  }
  const payload = definition.payload.safeParse(envelope.data.payload);
  if (!payload.success) {
    throw new ContractViolation(`payload of ${type} is invalid`, describeIssues(payload.error));
  }
  return { ...envelope.data, payload: payload.data };
}
