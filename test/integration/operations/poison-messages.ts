import { randomUUID } from 'node:crypto';
import { CaseReferred, createEnvelope } from '@rehab/contracts';
import { aCaseReferredPayload } from '../../support/event-factories';

/** One kind of bad message, and the words its dead-letter reason must contain. */
export interface PoisonKind {
  name: string;
  reason: string;
  value(topic: string, index: number): string;
}

function referralEnvelope(index: number): Record<string, unknown> {
  const caseId = randomUUID();
  return createEnvelope(CaseReferred, aCaseReferredPayload({ caseId, coordinatingCaseworkerId: `cw-${index}` }), {
    correlationId: randomUUID(),
    causationId: null,
    actor: { kind: 'service', id: 'poison' },
    subjectId: randomUUID(),
    caseId,
    municipality: '101',
  });
}

/** Above the consumer's 512 KiB limit and below the broker's 1 MiB one, so it reaches the consumer. */
const OVERSIZED_BYTES = 600 * 1024;

export const POISON_KINDS: readonly PoisonKind[] = [
  { name: 'not-json', reason: 'not valid JSON', value: (_topic, index) => `{"not json ${index}` },
  {
    name: 'binary',
    reason: 'not valid JSON',
    value: (_topic, index) => `\u0000\u0001${String.fromCharCode(0xfffd)}\u0000${index}\u0000`,
  },
  { name: 'empty', reason: 'message has no value', value: () => '' },
  {
    name: 'not-an-envelope',
    reason: 'not a valid event envelope',
    value: (_topic, index) => JSON.stringify({ hello: index }),
  },
  {
    name: 'unknown-version',
    reason: 'unknown schema version 99',
    value: (topic, index) =>
      JSON.stringify({
        ...referralEnvelope(index),
        // A version of an event type the service knows on that topic, from a future producer.
        type: topic.endsWith('meeting-events.v1') ? 'meeting.case-scheduled' : 'job-centre.case-referred',
        schemaVersion: 99,
      }),
  },
  {
    name: 'unknown-type',
    reason: 'unknown event type',
    value: (_topic, index) => JSON.stringify({ ...referralEnvelope(index), type: 'job-centre.case-teleported' }),
  },
  {
    name: 'invalid-payload',
    reason: 'is invalid',
    value: (topic, index) => {
      const envelope = referralEnvelope(index);
      const type = topic.endsWith('meeting-events.v1') ? 'meeting.case-scheduled' : 'job-centre.case-referred';
      return JSON.stringify({ ...envelope, type, payload: { caseId: 'not-a-uuid' } });
    },
  },
  {
    name: 'wrong-topic',
    reason: 'does not belong on topic',
    value: (topic, index) =>
      JSON.stringify(
        topic.endsWith('meeting-events.v1')
          ? referralEnvelope(index)
          : { ...referralEnvelope(index), type: 'meeting.case-scheduled', payload: {} },
      ),
  },
];

export const OVERSIZED: PoisonKind = {
  name: 'oversized',
  reason: 'over the limit of',
  value: (_topic, index) => JSON.stringify({ index, padding: 'x'.repeat(OVERSIZED_BYTES) }),
};

/** The kind of the index-th bad message: mostly small ones, every 200th oversized. */
export function poisonKindFor(index: number): PoisonKind {
  return index % 200 === 199 ? OVERSIZED : POISON_KINDS[index % POISON_KINDS.length];
}
