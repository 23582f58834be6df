import { randomUUID } from 'node:crypto';
import { KafkaTransport, TransactionRunner } from '@rehab/messaging';
import { eventually, testKafkaBrokers, uniqueName } from '../../support/environment';
import { type PipelineHarness, startPipeline } from '../messaging/pipeline-harness';
import { bearer } from '../../support/identity';

jest.setTimeout(60_000);

describe('replaying a dead-lettered event (real PostgreSQL and Kafka)', () => {
  let pipeline: PipelineHarness;
  let url: string;

  beforeEach(async () => {
    pipeline = await startPipeline(
      new KafkaTransport({ brokers: testKafkaBrokers(), clientId: uniqueName('replay-test'), partitions: 3 }),
    );
    url = (await pipeline.app.getUrl()).replace('[::1]', '127.0.0.1');
  });

  afterEach(async () => {
    await pipeline.close();
    await pipeline.transport.close();
  });

  const deadLetters = async () => {
    const response = await fetch(`${url}/api/operations/dead-letters`, { headers: await bearer('operator') });
    return (await response.json()) as { id: number; eventId: string | null; replayCount: number }[];
  };
  const replay = async (id: number | string) =>
    fetch(`${url}/api/operations/dead-letters/${id}/replay`, { method: 'POST', headers: await bearer('operator') });

  it('should handle the event once when it is replayed after its cause is fixed, and count the replay', async () => {
    const caseId = randomUUID();
    pipeline.consumer.failingCases.add(caseId);
    const envelope = await pipeline.publishReferral(caseId);
    const [letter] = await eventually(
      async () => {
        const letters = await deadLetters();
        return letters.length === 1 && letters;
      },
      { what: 'the dead letter' },
    );
    expect(letter.eventId).toBe(envelope.eventId);
    expect(await pipeline.inboxCount(envelope.eventId)).toBe(0);

    pipeline.consumer.failingCases.delete(caseId);
    const response = await replay(letter.id);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: letter.id, replayedTo: pipeline.topic, replayCount: 1 });
    await eventually(async () => (await pipeline.received()).some((row) => row.case_id === caseId), {
      what: 'the replayed event handled',
    });
    expect(await pipeline.inboxCount(envelope.eventId)).toBe(1);
    expect((await deadLetters())[0].replayCount).toBe(1);

    // A second replay of the same event is recognised by its event id and has no effect.
    expect((await replay(letter.id)).status).toBe(200);
    const marker = randomUUID();
    await pipeline.publishReferral(marker);
    await eventually(async () => (await pipeline.received()).some((row) => row.case_id === marker), {
      what: 'an event published after the second replay',
    });
    expect((await pipeline.received()).filter((row) => row.case_id === caseId)).toHaveLength(1);
  });

  it('should refuse to replay a message that is not a readable event, and say why', async () => {
    await pipeline.transport.publish([{ topic: pipeline.topic, key: randomUUID(), value: '{"not json', headers: {} }]);
    const [letter] = await eventually(
      async () => {
        const letters = await deadLetters();
        return letters.length === 1 && letters;
      },
      { what: 'the dead letter' },
    );
    const response = await replay(letter.id);
    expect(response.status).toBe(409);
    expect(((await response.json()) as { message: string }).message).toContain('not a readable event');
  });

  it('should answer 404 for an unknown dead letter and 400 for an id that is not a number', async () => {
    expect((await replay(987654)).status).toBe(404);
    expect((await replay('abc')).status).toBe(400);
    const rows = await pipeline.app
      .get(TransactionRunner)
      .dataSource.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM "${pipeline.schema}".dead_letter`);
    expect(rows[0].count).toBe(0);
  });
});
