import { randomUUID } from 'node:crypto';
import {
  CaseReferred,
  DecisionRecorded,
  GpCertificateRequested,
  GpMessageHeld,
  GpMessageReleased,
  OutcomeMessageSent,
} from '@rehab/contracts';
import { KafkaTransport } from '@rehab/messaging';
import type { OutcomeMessageSummaryView } from '../../../apps/gp-correspondence/src/outcome-messages/http/outcome-message.view';
import { eventually, testKafkaBrokers } from '../../support/environment';
import { decision, type GpCorrespondenceHarness, referral, startGpCorrespondence } from './gp-correspondence.harness';

const CPR = '2509479989';
const REQUEST = 'gp-certificate-request';

jest.setTimeout(60_000);

/**
 * Consent before sharing, with the job centre's consent events and the decisions travelling
 * over the real Kafka broker. The dispatcher is driven by the test, so that "not sent" is
 * checked after a delivery round that would have sent it.
 */
describe('GP messages wait for the citizen’s consent (real PostgreSQL and Kafka)', () => {
  let harness: GpCorrespondenceHarness;

  beforeAll(async () => {
    harness = await startGpCorrespondence({
      dispatcher: false,
      transport: new KafkaTransport({ brokers: testKafkaBrokers(), clientId: 'gp-consent-test', partitions: 3 }),
    });
  }, 60_000);

  afterAll(async () => {
    await harness?.close();
  }, 30_000);

  const messagesOf = async (caseId: string, purpose = 'outcome') =>
    (await harness.get<OutcomeMessageSummaryView[]>(`/api/outcome-messages?caseId=${caseId}&purpose=${purpose}`)).body;
  const firstMessageOf = (caseId: string, what: string, purpose?: string) =>
    eventually(async () => (await messagesOf(caseId, purpose))[0], { timeoutMs: 20_000, what });
  const publishedOf = (caseId: string, type: string) =>
    harness.published.filter((record) => record.envelope.caseId === caseId && record.envelope.type === type);
  const referredCase = async () => {
    const referred = referral();
    harness.identities.register(referred.personId, CPR);
    await harness.publish(CaseReferred, referred, referred);
    return referred;
  };

  it('should hold the outcome message without consent, say why, and send it once the consent arrives after the decision', async () => {
    const referred = await referredCase();
    await harness.publish(DecisionRecorded, decision({ caseId: referred.caseId }), referred);

    const held = await firstMessageOf(referred.caseId, 'the held outcome message');
    expect(held).toMatchObject({
      status: 'pending',
      pendingReason: 'awaiting-consent',
      heldReason: 'consent-missing',
      nextAttemptAt: null,
    });
    expect(held.heldExplanation).toContain('"share-outcome-with-gp" with the party "gp" is not recorded');
    await eventually(async () => Promise.resolve(publishedOf(referred.caseId, GpMessageHeld.type)[0]), {
      timeoutMs: 20_000,
      what: 'the held event',
    });
    expect(publishedOf(referred.caseId, GpMessageHeld.type)[0].envelope.payload).toMatchObject({
      gpMessageId: held.id,
      reason: 'consent-missing',
      requiredConsent: { scope: 'share-outcome-with-gp', party: 'gp' },
    });
    // A delivery round sends nothing that is held.
    await harness.dispatcher.dispatchDue();
    expect((await messagesOf(referred.caseId))[0]).toMatchObject({ status: 'pending', attempts: 0 });
    expect(harness.identities.calls).toBe(0);

    // The consent to obtain the certificate is not the consent to share the outcome.
    await harness.consent(referred, 'obtain-gp-certificate');
    const consentId = await harness.consent(referred, 'share-outcome-with-gp');
    const released = await eventually(
      async () => {
        const [message] = await messagesOf(referred.caseId);
        return message.heldReason === null && message;
      },
      { timeoutMs: 20_000, what: 'the released message' },
    );
    expect(released).toMatchObject({ status: 'pending', pendingReason: 'awaiting-delivery', heldExplanation: null });
    await harness.dispatcher.dispatchDue();
    await eventually(async () => (await messagesOf(referred.caseId))[0].status === 'acknowledged', {
      timeoutMs: 20_000,
      what: 'the acknowledged message',
    });
    await eventually(async () => Promise.resolve(publishedOf(referred.caseId, OutcomeMessageSent.type)[0]), {
      timeoutMs: 20_000,
      what: 'the sent event',
    });
    expect(publishedOf(referred.caseId, GpMessageReleased.type).map((record) => record.envelope.payload)).toEqual([
      expect.objectContaining({ gpMessageId: held.id, consentId }),
    ]);
  });

  it('should stop a message that has not gone yet when the consent is withdrawn, and never send it', async () => {
    const referred = await referredCase();
    const consentId = await harness.consent(referred, 'share-outcome-with-gp');
    await harness.publish(DecisionRecorded, decision({ caseId: referred.caseId }), referred);
    // The decision may overtake the consent (another topic): then it is held, and released when the consent comes.
    await eventually(async () => (await messagesOf(referred.caseId))[0]?.pendingReason === 'awaiting-delivery', {
      timeoutMs: 20_000,
      what: 'the message ready to go',
    });

    await harness.withdrawConsent(referred, consentId, 'share-outcome-with-gp');
    const stopped = await eventually(
      async () => {
        const [message] = await messagesOf(referred.caseId);
        return message.heldReason === 'consent-withdrawn' && message;
      },
      { timeoutMs: 20_000, what: 'the message held by the withdrawal' },
    );
    expect(stopped.heldExplanation).toContain('withdrew the consent "share-outcome-with-gp"');
    await harness.dispatcher.dispatchDue();
    expect((await messagesOf(referred.caseId))[0]).toMatchObject({ status: 'pending', attempts: 0, sentAt: null });
    expect(publishedOf(referred.caseId, OutcomeMessageSent.type)).toEqual([]);
    await eventually(
      async () =>
        Promise.resolve(
          publishedOf(referred.caseId, GpMessageHeld.type).find(
            (record) => (record.envelope.payload as { reason: string }).reason === 'consent-withdrawn',
          ),
        ),
      { timeoutMs: 20_000, what: 'the held event naming the withdrawal' },
    );
  });

  it('should hold the request for the GP certificate until the consent to obtain it, not the one to share', async () => {
    const referred = await referredCase();
    await harness.consent(referred, 'share-outcome-with-gp');
    await harness.publish(
      GpCertificateRequested,
      {
        caseId: referred.caseId,
        certificateRequestId: randomUUID(),
        requestedBy: 'hc-4',
        requestedAt: new Date().toISOString(),
        answerDeadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      },
      referred,
    );
    const held = await firstMessageOf(referred.caseId, 'the held certificate request', REQUEST);
    expect(held).toMatchObject({ purpose: 'gp-certificate-request', heldReason: 'consent-missing' });
    expect(held.heldExplanation).toContain('"obtain-gp-certificate"');

    await harness.consent(referred, 'obtain-gp-certificate');
    await eventually(async () => (await messagesOf(referred.caseId, REQUEST))[0].heldReason === null, {
      timeoutMs: 20_000,
      what: 'the released request',
    });
    await harness.dispatcher.dispatchDue();
    await eventually(async () => (await messagesOf(referred.caseId, REQUEST))[0].status === 'acknowledged', {
      timeoutMs: 20_000,
      what: 'the acknowledged request',
    });
  });
});
