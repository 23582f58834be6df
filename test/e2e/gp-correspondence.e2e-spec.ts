import { randomUUID } from 'node:crypto';
import { createEnvelope, DecisionRecorded, physicalTopic, streamKeyOf } from '@rehab/contracts';
import { eventually, testDatabaseUrl, testKafkaBrokers, uniqueName } from '../support/environment';
import { recordGpConsents, referCase } from './support/case-steps';
import { expectStatus, http } from './support/http-client';
import { KafkaInspector } from './support/kafka-inspection';
import { assertNoCprIn } from './support/privacy-scan';
import {
  type RunningProcess,
  type ServiceProcesses,
  type ServiceUrls,
  startServiceProcesses,
} from './support/service-processes';
import { aCitizenCpr, driveThinFlow } from './support/thin-flow';
import { bearer } from '../support/identity';

jest.setTimeout(180_000);

const WAIT = { timeoutMs: 45_000, intervalMs: 200 };
/** The built-in GP inbox plays this clinic as a GP system whose acknowledgements are lost. */
const SILENT_CLINIC = '987654321098';
const GP_AUTHOR = { givenName: 'Emma', familyName: 'Hansen', role: 'Praktiserende læge', phone: '44527000' };

interface GpMessage {
  id: string;
  status: string;
  delivery: string;
  resends: number;
  failureReason: string | null;
  messageHeaderId: string;
  bundleId: string;
  heldReason: string | null;
  heldExplanation: string | null;
}
interface InboxSummary {
  id: string;
  messageHeaderId: string;
  topic: string | null;
}
interface IncomingSummary {
  id: string;
  caseId: string | null;
  outcome: string;
  activity: string | null;
  duplicatesReceived: number;
}

/**
 * GP correspondence across the six services as separate processes on Kafka: a decision taken
 * at a meeting goes to the GP as a MedCom CareCommunication and is acknowledged; the GP replies
 * and the reply reaches the case; a duplicate (a redelivered decision, a re-sent reply) is shown
 * once; a GP system whose acknowledgements are lost gets two resends and then the message
 * fails; and the GP's answer to the certificate request reaches the health coordinator.
 */
describe('GP correspondence over Kafka', () => {
  const prefix = uniqueName('e2e').replace('_', '-');
  let urls: ServiceUrls;
  const processes: RunningProcess[] = [];
  const inspector = new KafkaInspector(testKafkaBrokers());
  const cprs: string[] = [];

  const gp = () => urls['gp-correspondence'];
  const eventFor = async <Payload>(type: string, caseId: string, count = 1) =>
    eventually(
      async () => {
        const seen = (await inspector.eventsOfType<Payload>(prefix, type)).filter(
          (event) => event.envelope.caseId === caseId,
        );
        return seen.length >= count ? seen : undefined;
      },
      { ...WAIT, what: `${count} ${type} for case ${caseId} on Kafka` },
    );
  const outcomeMessages = async (caseId: string, purpose = 'outcome') =>
    expectStatus<GpMessage[]>(
      http('GET', `${gp()}/api/outcome-messages?caseId=${caseId}&purpose=${purpose}`),
      200,
      'list messages to GPs',
    );
  const inboxCopyOf = async (messageHeaderId: string) =>
    eventually(
      async () =>
        (
          await expectStatus<InboxSummary[]>(
            http('GET', `${gp()}/api/gp-inbox/messages?limit=500`),
            200,
            'read the GP inbox',
          )
        ).find((message) => message.messageHeaderId === messageHeaderId),
      { ...WAIT, what: 'the message in the GP inbox' },
    );

  /** The meeting's decision for a case, as the meeting service announces it. */
  const announceDecision = async (referred: { caseId: string; personId: string }) => {
    const decision = createEnvelope(
      DecisionRecorded,
      {
        caseId: referred.caseId,
        decisionId: randomUUID(),
        recommendationId: randomUUID(),
        outcome: 'flex-job',
        followsRecommendation: true,
        recommendationText: 'Teamet indstiller fleksjob med 12 timer om ugen.',
        decidedBy: 'decision-maker-1',
        decidedAtMeeting: true,
        decidedAt: new Date().toISOString(),
      },
      {
        correlationId: randomUUID(),
        causationId: null,
        actor: { kind: 'service', id: 'meeting' },
        subjectId: referred.personId,
        caseId: referred.caseId,
        municipality: '101',
      },
    );
    await inspector.publishRaw(
      physicalTopic(DecisionRecorded.topic, prefix),
      referred.caseId,
      JSON.stringify(decision),
      {
        'event-id': decision.eventId,
        'event-type': decision.type,
      },
    );
  };

  let services: ServiceProcesses;

  beforeAll(async () => {
    services = await startServiceProcesses({
      databaseUrl: testDatabaseUrl(),
      brokers: testKafkaBrokers(),
      prefix,
      environment: {
        OUTBOX_POLL_INTERVAL_MS: '200',
        // MedCom's 30 minutes, in seconds.
        GP_ACKNOWLEDGEMENT_TIMEOUT_MS: '1500',
        GP_DISPATCH_POLL_INTERVAL_MS: '200',
        GP_INBOX_SILENT_SOR_CODES: SILENT_CLINIC,
      },
    });
    urls = services.urls;
    processes.push(...services.processes);
  });

  afterAll(async () => {
    await services?.stop();
    await inspector.close();
    // No CPR number in any log line or any record on Kafka.
    const records = await new KafkaInspector(testKafkaBrokers()).readAll(prefix).catch(() => []);
    for (const cpr of cprs) {
      assertNoCprIn(cpr, {
        ...Object.fromEntries(processes.map((child) => [`${child.name} output`, child.output()])),
        kafka: records
          .map((record) => `${record.key ?? ''} ${JSON.stringify(record.headers)} ${record.value}`)
          .join('\n'),
      });
    }
  });

  it('should send the decision to the GP, record the acknowledgement, thread the GP reply to the case and show duplicates once', async () => {
    const cpr = aCitizenCpr();
    cprs.push(cpr);
    const flow = await driveThinFlow(urls, cpr, WAIT.timeoutMs);

    // The decision went out once, as a CareCommunication the GP system acknowledged.
    const [message] = await outcomeMessages(flow.caseId);
    expect(message).toMatchObject({ status: 'acknowledged', delivery: 'delivered', resends: 0 });
    const [sent] = await eventFor<{ messageHeaderId: string }>('gp-correspondence.outcome-message-sent', flow.caseId);
    expect(sent.envelope.payload.messageHeaderId).toBe(message.messageHeaderId);
    await eventFor('gp-correspondence.outcome-message-acknowledged', flow.caseId);

    // The decision is delivered again on Kafka, once as the same record and once in a new
    // envelope; then a later decision on the same case (same key, same partition, so consumed
    // after them) shows when they have been handled.
    const [decision] = await eventFor<Record<string, unknown>>('meeting.decision-recorded', flow.caseId);
    await inspector.publishRaw(decision.record.topic, flow.caseId, decision.record.value, decision.record.headers);
    const subject = {
      correlationId: randomUUID(),
      causationId: null,
      actor: { kind: 'service' as const, id: 'meeting' },
      subjectId: flow.personId,
      caseId: flow.caseId,
      municipality: '101',
    };
    const decided = DecisionRecorded.payload.parse(decision.envelope.payload);
    for (const payload of [decided, { ...decided, decisionId: randomUUID(), decidedAt: new Date().toISOString() }]) {
      const envelope = createEnvelope(DecisionRecorded, payload, subject);
      await inspector.publishRaw(
        physicalTopic(DecisionRecorded.topic, prefix),
        streamKeyOf(envelope),
        JSON.stringify(envelope),
        {
          'event-id': envelope.eventId,
          'event-type': envelope.type,
        },
      );
    }
    const afterRedelivery = await eventually(
      async () => {
        const messages = await outcomeMessages(flow.caseId);
        return messages.length >= 2 && messages.every((candidate) => candidate.status === 'acknowledged') && messages;
      },
      { ...WAIT, what: 'the later decision to be sent' },
    );
    // One message per decision: the redelivered one made none.
    expect(afterRedelivery).toHaveLength(2);
    expect(await eventFor('gp-correspondence.outcome-message-sent', flow.caseId, 2)).toHaveLength(2);

    // The GP reads it in the inbox and replies; the reply reaches the case and is announced.
    const inboxCopy = await inboxCopyOf(message.messageHeaderId);
    const reply = await expectStatus<{ acknowledgementCode: string; bundleId: string }>(
      http('POST', `${gp()}/api/gp-inbox/messages/${inboxCopy.id}/replies`, {
        text: 'Tak, jeg har talt med patienten.',
        author: GP_AUTHOR,
      }),
      201,
      'reply as the GP',
    );
    expect(reply.acknowledgementCode).toBe('ok');
    const [announced] = await eventFor<{ incomingMessageId: string; inReplyToGpMessageId: string }>(
      'gp-correspondence.gp-reply-received',
      flow.caseId,
    );
    expect(announced.envelope.payload.inReplyToGpMessageId).toBe(message.id);

    // The gateway delivers the reply a second time: the same acknowledgement, shown once.
    const incoming = await expectStatus<{ message: unknown; acknowledgement: unknown }>(
      http('GET', `${gp()}/api/incoming-messages/${announced.envelope.payload.incomingMessageId}`),
      200,
      'read the reply',
    );
    const again = await fetch(`${gp()}/api/medcom/messages`, {
      method: 'POST',
      headers: { ...(await bearer('general-practitioner')), 'content-type': 'application/fhir+json' },
      body: JSON.stringify(incoming.message),
    });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(incoming.acknowledgement);
    const onTheCase = await expectStatus<IncomingSummary[]>(
      http('GET', `${gp()}/api/incoming-messages?caseId=${flow.caseId}`),
      200,
      'list replies',
    );
    expect(onTheCase).toEqual([
      expect.objectContaining({ outcome: 'accepted', activity: 'reply-message', duplicatesReceived: 1 }),
    ]);
  });

  it('should resend twice in new envelopes and then fail and tell the caseworker when the acknowledgement is lost', async () => {
    const cpr = aCitizenCpr();
    cprs.push(cpr);
    const referred = await expectStatus<{ caseId: string; personId: string }>(
      http('POST', `${urls['job-centre']}/api/cases`, {
        municipality: '101',
        cpr,
        caseType: 'flex-job',
        coordinatingCaseworkerId: 'cw-17',
        generalPractitioner: { sorCode: SILENT_CLINIC, name: 'Lægehuset Frederiksberg' },
      }),
      201,
      'refer a case whose GP system loses acknowledgements',
    );
    await recordGpConsents(urls['job-centre'], referred.caseId);
    await announceDecision(referred);

    const failed = await eventually(
      async () => (await outcomeMessages(referred.caseId)).find((message) => message.status === 'failed'),
      { ...WAIT, what: 'the message to fail' },
    );
    expect(failed).toMatchObject({ delivery: 'failed', resends: 2 });
    expect(failed.failureReason).toContain('resent 2 times');
    const resent = await eventFor<{ resendNumber: number; envelopeMessageHeaderId: string }>(
      'gp-correspondence.gp-message-resent',
      referred.caseId,
      2,
    );
    expect(resent.map((event) => event.envelope.payload.resendNumber).sort()).toEqual([1, 2]);
    const envelopes = new Set([
      failed.messageHeaderId,
      ...resent.map((event) => event.envelope.payload.envelopeMessageHeaderId),
    ]);
    expect(envelopes.size).toBe(3);
    const [failure] = await eventFor<{ reason: string }>('gp-correspondence.gp-message-failed', referred.caseId);
    expect(failure.envelope.payload.reason).toBe('no-acknowledgement');

    // Prometheus sees the resends and the failure (this process has had no other).
    const metrics = await (await fetch(`${gp()}/metrics`)).text();
    expect(metrics).toMatch(/^rehab_gp_messages_resent_total 2$/m);
    expect(metrics).toMatch(/^rehab_gp_messages_failed_total\{reason="no-acknowledgement"\} 1$/m);
  });

  it("should send the certificate request to the GP and record the GP's certificate at the health coordinator", async () => {
    const cpr = aCitizenCpr();
    cprs.push(cpr);
    const referred = await expectStatus<{ caseId: string }>(
      http('POST', `${urls['job-centre']}/api/cases`, {
        municipality: '101',
        cpr,
        caseType: 'resource-programme',
        coordinatingCaseworkerId: 'cw-17',
        generalPractitioner: { sorCode: '123456789012', name: 'Lægerne på Nørrebro' },
      }),
      201,
      'refer the case',
    );
    await recordGpConsents(urls['job-centre'], referred.caseId);
    const certificateUrl = `${urls['health-coordinator']}/api/cases/${referred.caseId}/gp-certificate`;
    await eventually(
      async () =>
        (await http('POST', `${certificateUrl}/request`, { requestedBy: 'health-coordinator-worker' })).status === 201,
      { ...WAIT, what: 'the health coordinator to request the GP certificate' },
    );
    const request = await eventually(
      async () =>
        (await outcomeMessages(referred.caseId, 'gp-certificate-request')).find(
          (message) => message.status === 'acknowledged',
        ),
      { ...WAIT, what: 'the certificate request to reach the GP' },
    );
    const inboxCopy = await inboxCopyOf(request.messageHeaderId);
    expect(inboxCopy.topic).toBe('Anmodning om lægeattest til rehabiliteringsteamet (LÆ 265)');
    await expectStatus(
      http('POST', `${gp()}/api/gp-inbox/messages/${inboxCopy.id}/replies`, {
        text: 'Hermed lægeattesten.',
        author: GP_AUTHOR,
        attachment: {
          title: 'Lægeattest til rehabiliteringsteamet',
          base64: Buffer.from('%PDF-1.4\n%LÆ 265\n').toString('base64'),
        },
      }),
      201,
      'answer the request as the GP',
    );
    const certificate = await eventually(
      async () => {
        const view = await http<{ status: string; receipt: { documentReference: string; recordedBy: string } | null }>(
          'GET',
          certificateUrl,
        );
        return view.body.status === 'received' && view.body;
      },
      { ...WAIT, what: 'the health coordinator to record the certificate' },
    );
    expect(certificate.receipt?.recordedBy).toBe('gp-correspondence');
    expect(certificate.receipt?.documentReference).toMatch(/^gp-correspondence\/incoming-messages\//);

    // The meeting's dossier, which reads the health coordinator's events, shows it received.
    const dossier = await eventually(
      async () => {
        const view = await http<{ gpCertificate: { status: string; documentReference: string | null } }>(
          'GET',
          `${urls.meeting}/api/dossiers/${referred.caseId}`,
        );
        return view.status === 200 && view.body.gpCertificate.status === 'received' && view.body.gpCertificate;
      },
      { ...WAIT, what: "the meeting's dossier to show the GP certificate" },
    );
    expect(dossier.documentReference).toBe(certificate.receipt?.documentReference);
  });

  it('should hold the outcome of a case without the GP consent with a clear reason, and send it once the consent comes', async () => {
    const cpr = aCitizenCpr();
    cprs.push(cpr);
    const referred = await referCase(urls, { cpr, consents: [] });
    await announceDecision(referred);

    const [held] = await eventFor<{ gpMessageId: string; reason: string; requiredConsent: object }>(
      'gp-correspondence.gp-message-held',
      referred.caseId,
    );
    expect(held.envelope.payload).toMatchObject({
      reason: 'consent-missing',
      requiredConsent: { scope: 'share-outcome-with-gp', party: 'gp' },
    });
    const [message] = await outcomeMessages(referred.caseId);
    expect(message).toMatchObject({
      id: held.envelope.payload.gpMessageId,
      status: 'pending',
      delivery: 'queued',
      heldReason: 'consent-missing',
    });
    expect(message.heldExplanation).toContain('consent "share-outcome-with-gp" with the party "gp" is not recorded');
    // No message went to the GP: none announced, none in the GP's inbox.
    const sentForCase = async () =>
      (await inspector.eventsOfType(prefix, 'gp-correspondence.outcome-message-sent')).filter(
        (event) => event.envelope.caseId === referred.caseId,
      );
    expect(await sentForCase()).toEqual([]);
    const inbox = await expectStatus<InboxSummary[]>(
      http('GET', `${gp()}/api/gp-inbox/messages?limit=500`),
      200,
      'read the GP inbox',
    );
    expect(inbox.filter((copy) => copy.messageHeaderId === message.messageHeaderId)).toEqual([]);

    // Without the consent to obtain it, the health coordinator refuses to request the GP certificate.
    const refused = await eventually(
      async () => {
        const answer = await http<{ message: string }>(
          'POST',
          `${urls['health-coordinator']}/api/cases/${referred.caseId}/gp-certificate/request`,
          { requestedBy: 'health-coordinator-worker' },
        );
        return answer.status !== 404 && answer;
      },
      { ...WAIT, what: 'the health coordinator to know the case' },
    );
    expect(refused.status).toBe(422);
    expect(refused.body.message).toContain('consent "obtain-gp-certificate" with the party "gp" is not recorded');

    // The consent recorded after the decision releases the message, and it goes.
    await recordGpConsents(urls['job-centre'], referred.caseId, ['share-outcome-with-gp']);
    await eventFor('gp-correspondence.gp-message-released', referred.caseId);
    await eventually(
      async () => (await outcomeMessages(referred.caseId)).find((sent) => sent.status === 'acknowledged'),
      { ...WAIT, what: 'the released message to be acknowledged' },
    );
    expect(await sentForCase()).toHaveLength(1);
  });
});
