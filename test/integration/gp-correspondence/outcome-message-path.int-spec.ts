import { PDFDocument } from 'pdf-lib';
import { validateMedComMessage } from '../../../apps/gp-correspondence/src/medcom/conformance/medcom-validator';
import type {
  OutcomeMessageSummaryView,
  OutcomeMessageView,
} from '../../../apps/gp-correspondence/src/outcome-messages/http/outcome-message.view';
import { randomUUID } from 'node:crypto';
import { DecisionRecorded, OutcomeMessageAcknowledged, OutcomeMessageSent } from '@rehab/contracts';
import type {
  GpInboxMessageSummaryView,
  GpInboxMessageView,
} from '../../../apps/gp-correspondence/src/gp-inbox/http/gp-inbox-message.view';
import type {
  Communication,
  MessageBundle,
  MessageHeader,
  Organization,
  Patient,
} from '../../../apps/gp-correspondence/src/medcom/fhir.types';
import { eventually } from '../../support/environment';
import {
  decision,
  type ErrorBody,
  type GpCorrespondenceHarness,
  referral,
  startGpCorrespondence,
} from './gp-correspondence.harness';

const CPR = '2509479989';

jest.setTimeout(20_000);

describe('the outcome message path: decision and referral in, CareCommunication out, acknowledgement back', () => {
  let harness: GpCorrespondenceHarness;

  beforeAll(async () => {
    harness = await startGpCorrespondence();
  }, 60_000);

  afterAll(async () => {
    await harness?.close();
  }, 30_000);

  const messagesOf = async (caseId: string) =>
    (await harness.get<OutcomeMessageSummaryView[]>(`/api/outcome-messages?caseId=${caseId}`)).body;
  const inbox = async (query: string) =>
    (await harness.get<GpInboxMessageSummaryView[]>(`/api/gp-inbox/messages?${query}`)).body;
  const acknowledged = (caseId: string) =>
    eventually(async () => (await messagesOf(caseId)).find((message) => message.status === 'acknowledged'), {
      timeoutMs: 10_000,
      what: 'an acknowledged message',
    });

  it('should deliver the outcome to the GP and record the acknowledgement when the referral comes before the decision', async () => {
    const referred = referral();
    harness.identities.register(referred.personId, CPR);
    await harness.referWithConsents(referred);
    const decided = decision({ caseId: referred.caseId });
    await harness.publish(DecisionRecorded, decided, referred);

    const summary = await acknowledged(referred.caseId);
    expect(summary).toMatchObject({
      decisionId: decided.decisionId,
      status: 'acknowledged',
      pendingReason: null,
      recipient: { sorCode: '123456789012', name: 'Lægerne Nørrebro' },
      attempts: 1,
      lastError: null,
      acknowledgementCode: 'ok',
    });

    const { status, body: detail } = await harness.get<OutcomeMessageView>(`/api/outcome-messages/${summary.id}`);
    expect(status).toBe(200);
    const bundle = detail.bundle as MessageBundle;
    expect(bundle.id).toBe(summary.bundleId);
    expect(bundle.entry[0].resource.id).toBe(summary.messageHeaderId);
    const patient = bundle.entry.find((entry) => entry.resource.resourceType === 'Patient')?.resource as Patient;
    expect(patient.identifier).toEqual([{ system: 'urn:oid:1.2.208.176.1.2', value: CPR }]);
    const acknowledgement = detail.acknowledgement as MessageBundle;
    expect((acknowledgement.entry[0].resource as MessageHeader).response).toEqual({
      identifier: summary.messageHeaderId,
      code: 'ok',
    });
    expect(validateMedComMessage(bundle)).toEqual([]);
    const organizations = bundle.entry
      .filter((entry) => entry.resource.resourceType === 'Organization')
      .map((entry) => entry.resource as Organization);
    expect(organizations.map((organization) => organization.identifier)).toEqual([
      [
        { system: 'urn:oid:1.2.208.176.1.1', value: '265161000016000' },
        { system: 'urn:oid:1.3.88', value: '5790000209354' },
      ],
      [
        { system: 'urn:oid:1.2.208.176.1.1', value: '123456789012' },
        { system: 'urn:oid:1.3.88', value: '5790001348120' },
      ],
    ]);
    const communication = bundle.entry.find((entry) => entry.resource.resourceType === 'Communication')
      ?.resource as Communication;
    const pdf = communication.payload.find((payload) => payload.contentAttachment)?.contentAttachment;
    expect(pdf).toMatchObject({ contentType: 'application/pdf', title: 'Rehabiliteringsteamets indstilling' });
    const document = await PDFDocument.load(Buffer.from(pdf?.data ?? '', 'base64'));
    expect(document.getTitle()).toBe('Rehabiliteringsteamets indstilling');
    expect(document.getPageCount()).toBeGreaterThanOrEqual(1);

    const received = (await inbox('recipientSorCode=123456789012')).filter(
      (message) => message.messageHeaderId === summary.messageHeaderId,
    );
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      bundleId: summary.bundleId,
      category: 'carecoordination',
      topic: 'Rehabiliteringsteamets indstilling og kommunens afgørelse',
      acknowledgementCode: 'ok',
      // The message names the clinic as the correspondence registry has it.
      recipient: { sorCode: '123456789012', name: 'Lægerne på Nørrebro' },
    });
    const inboxDetail = (await harness.get<GpInboxMessageView>(`/api/gp-inbox/messages/${received[0].id}`)).body;
    expect(inboxDetail.bundle).toEqual(detail.bundle);
    expect(inboxDetail.acknowledgement).toEqual(detail.acknowledgement);
  });

  it('should publish sent and then acknowledged, keyed by case, with no CPR number in any part of the record', async () => {
    const referred = referral();
    harness.identities.register(referred.personId, CPR);
    await harness.referWithConsents(referred);
    await harness.publish(DecisionRecorded, decision({ caseId: referred.caseId }), referred);
    const summary = await acknowledged(referred.caseId);

    const records = await eventually(
      () => {
        const ofCase = harness.published.filter((record) => record.envelope.caseId === referred.caseId);
        return Promise.resolve(ofCase.length >= 2 && ofCase);
      },
      { timeoutMs: 10_000, what: 'two published events' },
    );
    expect(records.map((record) => record.envelope.type)).toEqual([
      OutcomeMessageSent.type,
      OutcomeMessageAcknowledged.type,
    ]);
    expect(records[0].envelope.payload).toMatchObject({
      caseId: referred.caseId,
      bundleId: summary.bundleId,
      messageHeaderId: summary.messageHeaderId,
      recipientSorCode: '123456789012',
    });
    expect(records[1].envelope.payload).toMatchObject({ messageHeaderId: summary.messageHeaderId, code: 'ok' });
    for (const record of records) {
      expect(record.key).toBe(referred.caseId);
      expect(record.envelope.subjectId).toBe(referred.personId);
      expect(`${record.raw} ${JSON.stringify(record.headers)}`).not.toContain(CPR);
    }
  });

  it('should keep the decision pending until the referral names the GP when the decision comes first, and never drop it', async () => {
    const referred = referral();
    harness.identities.register(referred.personId, CPR);
    const decided = decision({ caseId: referred.caseId });
    await harness.consent(referred, 'share-outcome-with-gp');
    await harness.publish(DecisionRecorded, decided, referred);

    const waiting = await eventually(async () => (await messagesOf(referred.caseId))[0], {
      timeoutMs: 10_000,
      what: 'the queued message',
    });
    expect(waiting).toMatchObject({
      status: 'pending',
      pendingReason: 'awaiting-referral',
      recipient: null,
      attempts: 0,
    });
    // Polls come and go; without a GP nothing is tried.
    await harness.dispatcher.dispatchDue();
    expect((await messagesOf(referred.caseId))[0]).toMatchObject({ status: 'pending', attempts: 0 });

    await harness.referWithConsents(referred);
    const summary = await acknowledged(referred.caseId);
    expect(summary).toMatchObject({ decisionId: decided.decisionId, recipient: { sorCode: '123456789012' } });
  });

  it('should retry with back-off and show the failure without the CPR number when the job centre does not answer', async () => {
    const referred = referral();
    harness.identities.register(referred.personId, CPR);
    harness.identities.failuresToCome = 2;
    await harness.referWithConsents(referred);
    await harness.publish(DecisionRecorded, decision({ caseId: referred.caseId }), referred);

    const failing = await eventually(
      async () => (await messagesOf(referred.caseId)).find((message) => message.lastError),
      { timeoutMs: 10_000, what: 'a recorded failure' },
    );
    expect(failing.status).toBe('pending');
    expect(failing.lastError).toBe('The job centre did not answer the identity lookup (ECONNREFUSED).');

    const summary = await acknowledged(referred.caseId);
    expect(summary.attempts).toBe(3);
    expect(summary.lastError).toBeNull();
  });

  it('should send one message when the same decision is announced twice', async () => {
    const referred = referral();
    harness.identities.register(referred.personId, CPR);
    await harness.referWithConsents(referred);
    const decided = decision({ caseId: referred.caseId });
    await harness.publish(DecisionRecorded, decided, referred);
    await harness.publish(DecisionRecorded, decided, referred);
    const summary = await acknowledged(referred.caseId);

    await harness.transport.whenIdle();
    expect(await messagesOf(referred.caseId)).toHaveLength(1);
    expect((await inbox('limit=500')).filter((message) => message.bundleId === summary.bundleId)).toHaveLength(1);
  });

  it('should never write a CPR number to the log', async () => {
    await harness.transport.whenIdle();
    expect(harness.logs.lines.length).toBeGreaterThan(0);
    expect(harness.logs.lines.join('\n')).not.toContain(CPR);
  });

  describe('the HTTP API', () => {
    it('should answer 400 naming caseId when caseId is not a UUID', async () => {
      const { status, body } = await harness.get<ErrorBody>('/api/outcome-messages?caseId=not-a-uuid');
      expect(status).toBe(400);
      expect(body.errors).toEqual([{ field: 'caseId', problems: ['caseId must be a UUID'] }]);
    });

    it('should answer 400 naming the parameter when it is unknown', async () => {
      const { status, body } = await harness.get<ErrorBody>('/api/outcome-messages?cpr=2509479989');
      expect(status).toBe(400);
      expect(body.message).toBe('The request is invalid: cpr.');
      expect(JSON.stringify(body)).not.toContain(CPR);
    });

    it('should answer 400 naming id when an outcome message id is not a UUID', async () => {
      const { status, body } = await harness.get<ErrorBody>('/api/outcome-messages/42');
      expect(status).toBe(400);
      expect(body.errors).toEqual([{ field: 'id', problems: ['id must be a UUID'] }]);
    });

    it('should answer 404 when there is no outcome message with the id', async () => {
      const { status, body } = await harness.get<ErrorBody>(`/api/outcome-messages/${randomUUID()}`);
      expect(status).toBe(404);
      expect(body.message).toBe('No outcome message with that id.');
    });

    it('should answer 404 when the GP inbox has no message with the id', async () => {
      const { status, body } = await harness.get<ErrorBody>(`/api/gp-inbox/messages/${randomUUID()}`);
      expect(status).toBe(404);
      expect(body.message).toBe('No message with that id in the GP inbox.');
    });

    it('should answer 400 naming status and limit when they are out of range', async () => {
      const { status, body } = await harness.get<ErrorBody>('/api/outcome-messages?status=lost&limit=0');
      expect(status).toBe(400);
      expect(body.errors?.map((error) => error.field).sort()).toEqual(['limit', 'status']);
    });
  });
});
