import {
  DecisionRecorded,
  GpMessageFailed,
  GpMessageResent,
  OutcomeMessageAcknowledged,
  OutcomeMessageSent,
} from '@rehab/contracts';
import type {
  GpInboxMessageSummaryView,
  GpInboxMessageView,
} from '../../../apps/gp-correspondence/src/gp-inbox/http/gp-inbox-message.view';
import { validateMedComMessage } from '../../../apps/gp-correspondence/src/medcom/conformance/medcom-validator';
import type { Communication, MessageBundle } from '../../../apps/gp-correspondence/src/medcom/fhir.types';
import type {
  OutcomeMessageSummaryView,
  OutcomeMessageView,
} from '../../../apps/gp-correspondence/src/outcome-messages/http/outcome-message.view';
import { eventually } from '../../support/environment';
import { decision, type GpCorrespondenceHarness, referral, startGpCorrespondence } from './gp-correspondence.harness';

const CPR = '2509479989';
/** The built-in inbox plays this clinic as a GP system whose acknowledgements are lost. */
const SILENT_CLINIC = '987654321098';

jest.setTimeout(30_000);

describe('reliable messaging: acknowledgements, resends and failure', () => {
  let harness: GpCorrespondenceHarness;

  beforeAll(async () => {
    harness = await startGpCorrespondence({
      settings: { GP_INBOX_SILENT_SOR_CODES: SILENT_CLINIC, GP_ACKNOWLEDGEMENT_TIMEOUT_MS: '400', GP_MAX_RESENDS: '2' },
    });
  }, 60_000);

  afterAll(async () => {
    await harness?.close();
  }, 30_000);

  async function decideFor(gpSorCode: string) {
    const referred = referral({ generalPractitioner: { sorCode: gpSorCode, name: 'Lægehuset' } });
    harness.identities.register(referred.personId, CPR);
    await harness.referWithConsents(referred);
    await harness.publish(DecisionRecorded, decision({ caseId: referred.caseId }), referred);
    return referred;
  }

  const messageOf = (caseId: string) =>
    harness.get<OutcomeMessageSummaryView[]>(`/api/outcome-messages?caseId=${caseId}`).then(({ body }) => body[0]);
  const typesOf = (caseId: string) =>
    harness.published.filter((record) => record.envelope.caseId === caseId).map((record) => record.envelope.type);

  it('should resend twice in new envelopes, then fail and tell the caseworker, when no acknowledgement ever comes', async () => {
    const referred = await decideFor(SILENT_CLINIC);

    const failed = await eventually(
      async () => {
        const message = await messageOf(referred.caseId);
        return message?.status === 'failed' && message;
      },
      { timeoutMs: 15_000, what: 'the message to fail' },
    );
    expect(failed).toMatchObject({ delivery: 'failed', resends: 2, acknowledgementCode: null });
    expect(failed.failureReason).toBe(
      "No acknowledgement from the GP's system: sent once and resent 2 times, waiting 400 ms after each.",
    );

    const types = await eventually(
      () => {
        const published = typesOf(referred.caseId);
        return Promise.resolve(published.includes(GpMessageFailed.type) && published);
      },
      { what: 'the failure to be announced' },
    );
    expect(types).toEqual([OutcomeMessageSent.type, GpMessageResent.type, GpMessageResent.type, GpMessageFailed.type]);
    const failure = harness.published.find(
      (record) => record.envelope.type === GpMessageFailed.type && record.envelope.caseId === referred.caseId,
    );
    expect(failure?.envelope.payload).toMatchObject({
      reason: 'no-acknowledgement',
      gpMessageId: failed.id,
      messageHeaderId: failed.messageHeaderId,
    });
    for (const record of harness.published.filter((candidate) => candidate.envelope.caseId === referred.caseId)) {
      expect(record.raw).not.toContain(CPR);
    }

    // The GP system got the same content three times, each in its own envelope.
    const received = (
      await harness.get<GpInboxMessageSummaryView[]>(
        `/api/gp-inbox/messages?recipientSorCode=${SILENT_CLINIC}&limit=500`,
      )
    ).body;
    const bundles = await Promise.all(
      received.map(
        async (summary) =>
          (await harness.get<GpInboxMessageView>(`/api/gp-inbox/messages/${summary.id}`)).body.bundle as MessageBundle,
      ),
    );
    const envelopes = new Set(bundles.map((bundle) => `${bundle.id}/${bundle.entry[0].resource.id}`));
    expect(envelopes.size).toBe(bundles.length);
    const detail = (await harness.get<OutcomeMessageView>(`/api/outcome-messages/${failed.id}`)).body;
    const lastSent = detail.bundle as MessageBundle;
    expect(lastSent.id).not.toBe(failed.bundleId);
    expect(lastSent.entry[0].resource.id).not.toBe(failed.messageHeaderId);
    expect(validateMedComMessage(lastSent)).toEqual([]);
    const threeEnvelopes = bundles.filter((bundle) => {
      const communication = bundle.entry.find((entry) => entry.resource.resourceType === 'Communication')
        ?.resource as Communication;
      const theirs = lastSent.entry.find((entry) => entry.resource.resourceType === 'Communication')
        ?.resource as Communication;
      return communication.identifier[0].value === theirs.identifier[0].value;
    });
    expect(threeEnvelopes).toHaveLength(3);
  });

  it('should record the acknowledgement and not resend when the GP system answers in time', async () => {
    const referred = await decideFor('123456789012');
    const delivered = await eventually(
      async () => {
        const message = await messageOf(referred.caseId);
        return message?.status === 'acknowledged' && message;
      },
      { what: 'the acknowledgement' },
    );
    expect(delivered).toMatchObject({ delivery: 'delivered', resends: 0, failureReason: null });
    // Once the acknowledgement timeout has passed, a dispatcher pass resends nothing.
    const dueAt = Date.parse(delivered.sentAt ?? '') + 400;
    await eventually(() => Promise.resolve(Date.now() > dueAt), { what: 'the acknowledgement timeout to pass' });
    await harness.dispatcher.dispatchDue();
    expect(typesOf(referred.caseId)).toEqual([OutcomeMessageSent.type, OutcomeMessageAcknowledged.type]);
  });
});
