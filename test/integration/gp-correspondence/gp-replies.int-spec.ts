import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DecisionRecorded,
  GpCertificateArrived,
  GpCertificateRequested,
  GpMessageFailed,
  GpMessageSent,
  GpReplyReceived,
} from '@rehab/contracts';
import type {
  GpInboxMessageSummaryView,
  GpInboxMessageView,
} from '../../../apps/gp-correspondence/src/gp-inbox/http/gp-inbox-message.view';
import type {
  IncomingMessageSummaryView,
  IncomingMessageView,
} from '../../../apps/gp-correspondence/src/incoming-messages/http/incoming-message.view';
import { validateMedComMessage } from '../../../apps/gp-correspondence/src/medcom/conformance/medcom-validator';
import type {
  Communication,
  MessageBundle,
  MessageHeader,
  OperationOutcome,
  Provenance,
} from '../../../apps/gp-correspondence/src/medcom/fhir.types';
import type {
  OutcomeMessageSummaryView,
  OutcomeMessageView,
} from '../../../apps/gp-correspondence/src/outcome-messages/http/outcome-message.view';
import { BUILT_IN_REGISTRY } from '../../../apps/gp-correspondence/src/registry/built-in-registry';
import {
  careCommunicationMessage,
  OFFICIAL_EXAMPLES,
  officialExample,
} from '../../../apps/gp-correspondence/src/testing/medcom-fixtures';
import { eventually } from '../../support/environment';
import { decision, type GpCorrespondenceHarness, referral, startGpCorrespondence } from './gp-correspondence.harness';
import { asWholeTeam } from '../../support/identity';

const CPR = '2509479989';
const GP = '123456789012';
/** Its acknowledgements never come on their own; the test sends one. */
const SILENT_CLINIC = '987654321098';

jest.setTimeout(30_000);

/** The official examples are addressed to these three SOR codes; this registry makes them ours. */
function registryWithTheExampleReceivers(): string {
  const path = join(tmpdir(), `gp-registry-${randomUUID()}.json`);
  const team = BUILT_IN_REGISTRY.municipalities[0];
  writeFileSync(
    path,
    JSON.stringify({
      municipalities: [
        team,
        {
          ...team,
          municipality: '102',
          sorCode: '953741000016009',
          eanCode: '5790001348120',
          name: 'Plejecenter Herlev',
        },
        {
          ...team,
          municipality: '103',
          sorCode: '1042981000016003',
          eanCode: '5790001348120',
          name: 'Forward recipient',
        },
      ],
      gpClinics: BUILT_IN_REGISTRY.gpClinics.filter((clinic) => clinic.sorCode !== '953741000016009'),
    }),
  );
  return path;
}

const communicationOf = (bundle: MessageBundle) =>
  bundle.entry.find((entry) => entry.resource.resourceType === 'Communication')?.resource as Communication;
const headerOf = (bundle: MessageBundle) => bundle.entry[0].resource as MessageHeader;
const ownProvenanceOf = (bundle: MessageBundle) =>
  bundle.entry
    .map((entry) => entry.resource)
    .find(
      (resource): resource is Provenance =>
        resource.resourceType === 'Provenance' &&
        resource.target[0].reference === `MessageHeader/${headerOf(bundle).id}`,
    );

describe('messages from GPs: replies, acknowledgements, duplicates, bad input, the certificate, and follow-ups', () => {
  let harness: GpCorrespondenceHarness;

  beforeAll(async () => {
    harness = await startGpCorrespondence({
      settings: { GP_REGISTRY_FILE: registryWithTheExampleReceivers(), GP_INBOX_SILENT_SOR_CODES: SILENT_CLINIC },
    });
  }, 60_000);

  afterAll(async () => {
    await harness?.close();
  }, 30_000);

  async function post(path: string, body: unknown, contentType = 'application/json') {
    const response = await fetch(`${harness.url}${path}`, {
      method: 'POST',
      headers: { ...(await asWholeTeam()), 'content-type': contentType },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
  }

  const postMedCom = (body: unknown) => post('/api/medcom/messages', body, 'application/fhir+json');

  async function deliveredOutcome(gpSorCode = GP, status: 'acknowledged' | 'sent' = 'acknowledged') {
    const referred = referral({ generalPractitioner: { sorCode: gpSorCode, name: 'Lægerne' } });
    harness.identities.register(referred.personId, CPR);
    await harness.referWithConsents(referred);
    await harness.publish(DecisionRecorded, decision({ caseId: referred.caseId }), referred);
    const message = await eventually(
      async () => {
        const [found] = (
          await harness.get<OutcomeMessageSummaryView[]>(`/api/outcome-messages?caseId=${referred.caseId}`)
        ).body;
        return found?.status === status && found;
      },
      { what: `the outcome message to be ${status}` },
    );
    return { referred, message };
  }

  function acknowledgementOf(messageHeaderId: string, name: 'acknowledgement-ok' | 'acknowledgement-fatal-error') {
    const acknowledgement = officialExample(name);
    acknowledgement.id = randomUUID();
    const header = headerOf(acknowledgement);
    header.id = randomUUID();
    header.response = { ...header.response!, identifier: messageHeaderId };
    return acknowledgement;
  }

  async function inboxCopyOf(messageHeaderId: string): Promise<GpInboxMessageView> {
    const summaries = (await harness.get<GpInboxMessageSummaryView[]>(`/api/gp-inbox/messages?limit=500`)).body;
    const summary = summaries.find((candidate) => candidate.messageHeaderId === messageHeaderId);
    if (!summary) throw new Error('not in the GP inbox');
    return (await harness.get<GpInboxMessageView>(`/api/gp-inbox/messages/${summary.id}`)).body;
  }

  const author = { givenName: 'Emma', familyName: 'Hansen', role: 'Praktiserende læge', phone: '44527000' };

  it("should thread the GP's reply to the case, acknowledge it ok and announce it without its text", async () => {
    const { referred, message } = await deliveredOutcome();
    const inboxCopy = await inboxCopyOf(message.messageHeaderId);

    const reply = await post(`/api/gp-inbox/messages/${inboxCopy.id}/replies`, {
      text: 'Tak. Jeg har talt med patienten om ressourceforløbet.',
      author,
    });
    expect(reply).toMatchObject({ status: 201, body: { acknowledgementCode: 'ok' } });
    const withReply = (await harness.get<GpInboxMessageView>(`/api/gp-inbox/messages/${inboxCopy.id}`)).body;
    expect(withReply.replies).toEqual([expect.objectContaining({ acknowledgementCode: 'ok' })]);

    const received = (
      await harness.get<IncomingMessageSummaryView[]>(`/api/incoming-messages?caseId=${referred.caseId}`)
    ).body;
    expect(received).toEqual([
      expect.objectContaining({
        outcome: 'accepted',
        activity: 'reply-message',
        acknowledgementCode: 'ok',
        duplicatesReceived: 0,
      }),
    ]);
    const detail = (await harness.get<IncomingMessageView>(`/api/incoming-messages/${received[0].id}`)).body;
    const replyBundle = detail.message as MessageBundle;
    expect(validateMedComMessage(replyBundle)).toEqual([]);
    expect(communicationOf(replyBundle).identifier).toEqual(
      communicationOf(inboxCopy.bundle as MessageBundle).identifier,
    );
    expect(ownProvenanceOf(replyBundle)?.entity?.[0]).toEqual({
      role: 'revision',
      what: { reference: `MessageHeader/${message.messageHeaderId}` },
    });

    const announced = await eventually(
      () =>
        Promise.resolve(
          harness.published.find(
            (record) => record.envelope.type === GpReplyReceived.type && record.envelope.caseId === referred.caseId,
          ),
        ),
      { what: 'the reply to be announced' },
    );
    expect(announced.envelope.payload).toMatchObject({
      incomingMessageId: received[0].id,
      activity: 'reply-message',
      inReplyToGpMessageId: message.id,
      senderSorCode: GP,
    });
    expect(announced.raw).not.toContain(CPR);
    expect(announced.raw).not.toContain('talt med patienten');
  });

  it('should show a duplicate once and answer it with the same acknowledgement', async () => {
    const message = careCommunicationMessage({
      receiver: { sorCode: '265161000016000', eanCode: '5790000209354', name: 'Rehabiliteringsteamet' },
    });
    const first = await postMedCom(message);
    const second = await postMedCom(message);
    expect(first.status).toBe(200);
    expect(second).toEqual(first);
    const all = (await harness.get<IncomingMessageSummaryView[]>('/api/incoming-messages?limit=500')).body.filter(
      (entry) => entry.bundleId === message.id,
    );
    expect(all).toEqual([expect.objectContaining({ duplicatesReceived: 1, acknowledgementCode: 'ok' })]);
  });

  it('should keep bytes that are not a message and answer 400 with an OperationOutcome', async () => {
    const raw = '{"resourceType": "Bundle", "type": "message", oops';
    const answer = await postMedCom(raw);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'fatal', code: 'structure', diagnostics: 'The message is not valid JSON.' }],
    });
    const rejected = (
      await harness.get<IncomingMessageSummaryView[]>('/api/incoming-messages?outcome=rejected&limit=500')
    ).body;
    const kept = await Promise.all(
      rejected.map(
        async (entry) => (await harness.get<IncomingMessageView>(`/api/incoming-messages/${entry.id}`)).body,
      ),
    );
    expect(kept.some((entry) => Buffer.from(entry.rawBase64, 'base64').toString('utf8') === raw)).toBe(true);
  });

  it('should answer a message that breaks a rule with a fatal-error acknowledgement saying which rule', async () => {
    const message = careCommunicationMessage({
      receiver: { sorCode: '265161000016000', eanCode: '5790000209354', name: 'Rehabiliteringsteamet' },
    });
    Object.assign(communicationOf(message), { priority: 'asap' });
    const answer = await postMedCom(message);
    expect(answer.status).toBe(200);
    const acknowledgement = answer.body as MessageBundle;
    expect(headerOf(acknowledgement).response).toMatchObject({ identifier: headerOf(message).id, code: 'fatal-error' });
    const outcome = acknowledgement.entry.find((entry) => entry.resource.resourceType === 'OperationOutcome')
      ?.resource as OperationOutcome;
    expect(outcome.issue.map((issue) => [issue.severity, issue.code])).toEqual([['fatal', 'invariant']]);
    expect(outcome.issue[0].diagnostics).toContain('medcom-careCommunication-5');
    expect(validateMedComMessage(acknowledgement)).toEqual([]);
    expect(JSON.stringify(acknowledgement)).not.toContain(CPR);
  });

  it.each(OFFICIAL_EXAMPLES.filter((name) => name.startsWith('care-communication')))(
    'should accept and acknowledge the official example %s',
    async (name) => {
      const answer = await postMedCom(officialExample(name));
      expect(answer.status).toBe(200);
      expect(headerOf(answer.body as MessageBundle).response?.code).toBe('ok');
    },
  );

  it.each(['acknowledgement-ok', 'acknowledgement-transient-error', 'acknowledgement-fatal-error'] as const)(
    'should take the official %s without acknowledging it, and keep it, though it names no message of ours',
    async (name) => {
      const example = officialExample(name);
      const answer = await postMedCom(example);
      expect(answer).toEqual({ status: 202, body: null });
      const kept = (
        await harness.get<IncomingMessageSummaryView[]>('/api/incoming-messages?outcome=acknowledgement&limit=500')
      ).body;
      expect(kept.find((entry) => entry.bundleId === example.id)?.problems).toEqual([
        expect.objectContaining({ code: 'not-found' }),
      ]);
    },
  );

  it('should mark our message failed with the reason and tell the caseworker when the GP system answers fatal-error', async () => {
    const { referred, message } = await deliveredOutcome(SILENT_CLINIC, 'sent');
    expect((await postMedCom(acknowledgementOf(message.messageHeaderId, 'acknowledgement-fatal-error'))).status).toBe(
      202,
    );
    const after = (await harness.get<OutcomeMessageView>(`/api/outcome-messages/${message.id}`)).body;
    expect(after).toMatchObject({
      status: 'failed',
      delivery: 'failed',
      acknowledgementCode: 'fatal-error',
      failureReason: "Refused by the GP's system (fatal-error): structure: MSG_VALUESET_VALUE_UNKNOWN",
    });
    const failure = await eventually(
      () =>
        Promise.resolve(
          harness.published.find(
            (record) => record.envelope.type === GpMessageFailed.type && record.envelope.caseId === referred.caseId,
          ),
        ),
      { what: 'the failure to be announced' },
    );
    expect(failure.envelope.payload).toMatchObject({ reason: 'refused-by-gp-system', gpMessageId: message.id });
  });

  it('should leave a delivered message delivered when a late fatal-error names it', async () => {
    const { message } = await deliveredOutcome();
    expect((await postMedCom(acknowledgementOf(message.messageHeaderId, 'acknowledgement-fatal-error'))).status).toBe(
      202,
    );
    const after = (await harness.get<OutcomeMessageView>(`/api/outcome-messages/${message.id}`)).body;
    expect(after).toMatchObject({ status: 'acknowledged', delivery: 'delivered', acknowledgementCode: 'ok' });
  });

  it('should record an acknowledgement that comes over HTTP for a message that waits for one', async () => {
    const { message } = await deliveredOutcome(SILENT_CLINIC, 'sent');
    const ok = acknowledgementOf(message.messageHeaderId, 'acknowledgement-ok');
    expect((await postMedCom(ok)).status).toBe(202);
    expect((await postMedCom(ok)).status).toBe(202);
    const after = (await harness.get<OutcomeMessageView>(`/api/outcome-messages/${message.id}`)).body;
    expect(after).toMatchObject({ status: 'acknowledged', delivery: 'delivered' });
    const kept = (
      await harness.get<IncomingMessageSummaryView[]>('/api/incoming-messages?outcome=acknowledgement&limit=500')
    ).body;
    expect(kept.filter((entry) => entry.bundleId === ok.id)).toEqual([
      expect.objectContaining({ duplicatesReceived: 1, problems: [] }),
    ]);
  });

  it('should send the GP-certificate request to the GP and announce the certificate when the GP answers it', async () => {
    const referred = referral({ generalPractitioner: { sorCode: GP, name: 'Lægerne' } });
    harness.identities.register(referred.personId, CPR);
    await harness.referWithConsents(referred);
    const certificateRequestId = randomUUID();
    await harness.publish(
      GpCertificateRequested,
      {
        caseId: referred.caseId,
        certificateRequestId,
        requestedBy: 'hc-4',
        requestedAt: '2026-11-02T09:00:00.000Z',
        answerDeadline: '2026-12-02T09:00:00.000Z',
      },
      referred,
    );
    const request = await eventually(
      async () => {
        const [found] = (
          await harness.get<OutcomeMessageSummaryView[]>(
            `/api/outcome-messages?caseId=${referred.caseId}&purpose=gp-certificate-request`,
          )
        ).body;
        return found?.status === 'acknowledged' && found;
      },
      { what: 'the certificate request to be delivered' },
    );
    expect(request).toMatchObject({ purpose: 'gp-certificate-request', activity: 'new-message', decisionId: null });
    const sent = harness.published.find(
      (record) => record.envelope.type === GpMessageSent.type && record.envelope.caseId === referred.caseId,
    );
    expect(sent?.envelope.payload).toMatchObject({ purpose: 'gp-certificate-request', certificateRequestId });

    const inboxCopy = await inboxCopyOf(request.messageHeaderId);
    expect(communicationOf(inboxCopy.bundle as MessageBundle).topic?.text).toBe(
      'Anmodning om lægeattest til rehabiliteringsteamet (LÆ 265)',
    );
    const pdf = Buffer.from('%PDF-1.4\n% the certificate\n').toString('base64');
    const reply = await post(`/api/gp-inbox/messages/${inboxCopy.id}/replies`, {
      text: 'Hermed lægeattest til rehabiliteringsteamet.',
      author,
      attachment: { title: 'Lægeattest til rehabiliteringsteamet', base64: pdf },
    });
    expect(reply.status).toBe(201);

    const arrived = await eventually(
      () =>
        Promise.resolve(
          harness.published.find(
            (record) =>
              record.envelope.type === GpCertificateArrived.type && record.envelope.caseId === referred.caseId,
          ),
        ),
      { what: 'the certificate to be announced' },
    );
    const incoming = (
      await harness.get<IncomingMessageSummaryView[]>(`/api/incoming-messages?caseId=${referred.caseId}`)
    ).body;
    expect(arrived.envelope.payload).toMatchObject({
      certificateRequestId,
      incomingMessageId: incoming[0].id,
      documentReference: `gp-correspondence/incoming-messages/${incoming[0].id}`,
    });
    expect(arrived.raw).not.toContain(CPR);
  });

  it('should correct and retract in the same thread, and forward in a new one, each acknowledged', async () => {
    const { message } = await deliveredOutcome();
    const original = (await harness.get<OutcomeMessageView>(`/api/outcome-messages/${message.id}`)).body
      .bundle as MessageBundle;
    const thread = communicationOf(original).identifier[0].value;

    const requestId = randomUUID();
    const correction = await post(`/api/outcome-messages/${message.id}/follow-ups`, {
      activity: 'modified-message',
      text: 'Rettelse: forløbet er på 18 måneder.',
      requestId,
    });
    const again = await post(`/api/outcome-messages/${message.id}/follow-ups`, {
      activity: 'modified-message',
      text: 'Rettelse: forløbet er på 18 måneder.',
      requestId,
    });
    expect(correction.status).toBe(201);
    expect(again.body).toEqual({
      gpMessageId: (correction.body as { gpMessageId: string }).gpMessageId,
      queued: false,
    });
    const retraction = await post(`/api/outcome-messages/${message.id}/follow-ups`, {
      activity: 'retract-message',
      text: 'Meddelelsen er sendt ved en fejl.',
    });
    const forward = await post(`/api/outcome-messages/${message.id}/follow-ups`, {
      activity: 'forward-message',
      text: 'Til orientering.',
      forwardToSorCode: '123456789012345',
    });

    const settled = async (id: string) =>
      eventually(
        async () => {
          const { body } = await harness.get<OutcomeMessageView>(`/api/outcome-messages/${id}`);
          return body.status === 'acknowledged' && body;
        },
        { what: 'the follow-up to be acknowledged' },
      );
    const [modified, retracted, forwarded] = await Promise.all(
      [correction, retraction, forward].map((answer) => settled((answer.body as { gpMessageId: string }).gpMessageId)),
    );
    for (const [view, activity] of [
      [modified, 'modified-message'],
      [retracted, 'retract-message'],
      [forwarded, 'forward-message'],
    ] as const) {
      const bundle = view.bundle as MessageBundle;
      expect(validateMedComMessage(bundle)).toEqual([]);
      expect(ownProvenanceOf(bundle)?.activity.coding?.[0]?.code).toBe(activity);
      expect(ownProvenanceOf(bundle)?.entity?.[0]).toEqual({
        role: 'revision',
        what: { reference: `MessageHeader/${headerOf(original).id}` },
      });
      expect(view.precedingMessageId).toBe(message.id);
    }
    expect(communicationOf(modified.bundle as MessageBundle).identifier[0].value).toBe(thread);
    expect(communicationOf(retracted.bundle as MessageBundle).identifier[0].value).toBe(thread);
    expect(communicationOf(forwarded.bundle as MessageBundle).identifier[0].value).not.toBe(thread);
    expect(forwarded.recipient?.sorCode).toBe('123456789012345');
    expect(
      communicationOf(modified.bundle as MessageBundle).payload.map(
        (payload) => payload.contentString ?? payload.contentAttachment?.title,
      ),
    ).toEqual([
      expect.stringContaining('Kære egen læge'),
      'Rehabiliteringsteamets indstilling',
      'Rettelse: forløbet er på 18 måneder.',
    ]);
  });

  it('should refuse, with 422, a follow-up of a message that is a retraction, and 404 for an unknown one', async () => {
    const { message } = await deliveredOutcome();
    const retraction = await post(`/api/outcome-messages/${message.id}/follow-ups`, {
      activity: 'retract-message',
      text: 'Fejl.',
    });
    const retractionId = (retraction.body as { gpMessageId: string }).gpMessageId;
    expect(
      (await post(`/api/outcome-messages/${retractionId}/follow-ups`, { activity: 'modified-message', text: 'x' }))
        .status,
    ).toBe(422);
    expect(
      (await post(`/api/outcome-messages/${randomUUID()}/follow-ups`, { activity: 'modified-message', text: 'x' }))
        .status,
    ).toBe(404);
    expect(
      (
        await post(`/api/outcome-messages/${message.id}/follow-ups`, {
          activity: 'forward-message',
          text: 'x',
          forwardToSorCode: '111111111111',
        })
      ).status,
    ).toBe(422);
    expect(
      (await post(`/api/outcome-messages/${message.id}/follow-ups`, { activity: 'reply-message', text: 'x' })).status,
    ).toBe(400);
  });
});
