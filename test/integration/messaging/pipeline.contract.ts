import { randomUUID } from 'node:crypto';
import { CaseReferred, createEnvelope } from '@rehab/contracts';
import { type DeliveredMessage, type MessageTransport, type Subscription, TransactionRunner } from '@rehab/messaging';
import { eventually } from '../../support/environment';
import { type PipelineHarness, referralPayload, startPipeline } from './pipeline-harness';

/**
 * The guarantees every transport must give the pipeline. The same suite runs on Kafka and on
 * the embedded broker, each with the real PostgreSQL.
 */
export function describePipelineContract(transportName: string, createTransport: () => MessageTransport): void {
  describe(`messaging pipeline on ${transportName}`, () => {
    let transport: MessageTransport;
    let pipeline: PipelineHarness;
    let deadLetters: DeliveredMessage[];
    let deadLetterReader: Subscription;

    beforeEach(async () => {
      transport = createTransport();
      pipeline = await startPipeline(transport);
      deadLetters = [];
      deadLetterReader = await transport.subscribe({
        groupId: `${pipeline.prefix}.dead-letter-reader`,
        topics: [pipeline.host.deadLetterTopic],
        handle: (message) => {
          deadLetters.push(message);
          return Promise.resolve();
        },
      });
    });

    afterEach(async () => {
      await deadLetterReader.stop();
      await pipeline.close();
      await transport.close();
    });

    it('should deliver every committed event once and in order per case when events for several cases interleave', async () => {
      const cases = Array.from({ length: 4 }, () => randomUUID());
      for (let round = 0; round < 10; round += 1) {
        for (const caseId of cases) await pipeline.publishReferral(caseId, { coordinatingCaseworkerId: `cw-${round}` });
      }
      const received = await eventually(async () => {
        const rows = await pipeline.received();
        return rows.length >= 40 && rows;
      }, { what: '40 handled events' });
      expect(received).toHaveLength(40);
      for (const caseId of cases) {
        const order = received.filter((row) => row.case_id === caseId).map((row) => row.caseworker);
        expect(order).toEqual(Array.from({ length: 10 }, (_, round) => `cw-${round}`));
      }
    });

    it('should publish nothing when the transaction that wrote the event rolls back', async () => {
      const transactions = pipeline.app.get(TransactionRunner);
      const rolledBack = randomUUID();
      await expect(
        transactions.run(async () => {
          await pipeline.publishReferral(rolledBack);
          throw new Error('the state change failed');
        }),
      ).rejects.toThrow('the state change failed');
      const committed = randomUUID();
      await pipeline.publishReferral(committed);
      await eventually(async () => (await pipeline.received()).some((row) => row.case_id === committed), {
        what: 'the committed event',
      });
      expect((await pipeline.received()).map((row) => row.case_id)).toEqual([committed]);
    });

    it('should apply an event once when the broker delivers it twice', async () => {
      const caseId = randomUUID();
      const envelope = createEnvelope(CaseReferred, referralPayload(caseId), {
        correlationId: randomUUID(),
        causationId: null,
        actor: { kind: 'service', id: 'test' },
        subjectId: randomUUID(),
        caseId,
        municipality: '101',
      });
      const message = { topic: pipeline.topic, key: caseId, value: JSON.stringify(envelope), headers: {} };
      await transport.publish([message]);
      await transport.publish([message]);
      const marker = randomUUID();
      await pipeline.publishReferral(marker);
      await eventually(async () => (await pipeline.received()).some((row) => row.case_id === marker), {
        what: 'the event published after the duplicate',
      });
      const rows = await pipeline.received();
      expect(rows.filter((row) => row.case_id === caseId)).toHaveLength(1);
      expect(await pipeline.inboxCount(envelope.eventId)).toBe(1);
    });

    it('should dead-letter unreadable messages with their reason and go on with the next good one', async () => {
      const key = randomUUID();
      const valid = createEnvelope(CaseReferred, referralPayload(key), {
        correlationId: randomUUID(),
        causationId: null,
        actor: { kind: 'service', id: 'test' },
        subjectId: randomUUID(),
        caseId: key,
        municipality: '101',
      });
      const bad = [
        { value: '{"not json', reason: 'not valid JSON' },
        { value: JSON.stringify({ ...valid, eventId: randomUUID(), payload: { caseId: key } }), reason: 'payload of job-centre.case-referred is invalid' },
        { value: JSON.stringify({ ...valid, eventId: randomUUID(), type: 'job-centre.case-teleported' }), reason: 'unknown event type' },
        { value: JSON.stringify({ hello: 'world' }), reason: 'not a valid event envelope' },
      ];
      await transport.publish(bad.map((item) => ({ topic: pipeline.topic, key, value: item.value, headers: {} })));
      const good = randomUUID();
      await pipeline.publishReferral(good);
      await eventually(async () => (await pipeline.received()).some((row) => row.case_id === good), {
        what: 'the good event after the bad ones',
      });
      await eventually(() => Promise.resolve(deadLetters.length >= bad.length), { what: 'dead letters' });
      expect(deadLetters).toHaveLength(bad.length);
      bad.forEach((item, index) => {
        const letter = deadLetters[index];
        expect(letter.headers['dead-letter-reason']).toContain(item.reason);
        expect(letter.headers['dead-letter-original-topic']).toBe(pipeline.topic);
        expect(letter.headers['dead-letter-original-partition']).toMatch(/^\d+$/);
        expect(letter.headers['dead-letter-original-offset']).toMatch(/^\d+$/);
        expect(letter.value?.toString('utf8')).toBe(item.value);
      });
      expect((await pipeline.received()).map((row) => row.case_id)).toEqual([good]);
    });

    it('should retry a failing handler a bounded number of times and then dead-letter the event with the error', async () => {
      const failing = randomUUID();
      pipeline.consumer.failingCases.add(failing);
      const envelope = await pipeline.publishReferral(failing);
      const after = randomUUID();
      await pipeline.publishReferral(after);
      await eventually(async () => (await pipeline.received()).some((row) => row.case_id === after), {
        what: 'the event after the failing one',
      });
      await eventually(() => Promise.resolve(deadLetters.length >= 1), { what: 'the dead letter' });
      expect(deadLetters[0].headers['dead-letter-reason']).toContain('handler failed 3 times');
      expect(deadLetters[0].headers['dead-letter-reason']).toContain('simulated failure while handling');
      expect(deadLetters[0].headers['event-id']).toBe(envelope.eventId);
      // The failed attempts rolled back, including their inbox rows and their writes.
      expect(await pipeline.inboxCount(envelope.eventId)).toBe(0);
      expect((await pipeline.received()).map((row) => row.case_id)).toEqual([after]);
    });
  });
}
