import { randomUUID } from 'node:crypto';
import type {
  MessageBundle,
  MessageHeader,
  OperationOutcome,
} from '../../../apps/gp-correspondence/src/medcom/fhir.types';
import type {
  GpInboxMessageSummaryView,
  GpInboxMessageView,
} from '../../../apps/gp-correspondence/src/gp-inbox/http/gp-inbox-message.view';
import { careCommunicationMessage, EXAMPLE } from '../../../apps/gp-correspondence/src/testing/medcom-fixtures';
import { type GpCorrespondenceHarness, startGpCorrespondence } from './gp-correspondence.harness';
import {
  ReceiveGpMessageCommand,
  type ReceiveGpMessageResult,
} from '../../../apps/gp-correspondence/src/gp-inbox/commands/receive-gp-message/receive-gp-message.command';
import { rejectionOf } from './rejection-of';

jest.setTimeout(20_000);

describe('ReceiveGpMessageHandler (the built-in GP inbox)', () => {
  let harness: GpCorrespondenceHarness;

  beforeAll(async () => {
    harness = await startGpCorrespondence({ dispatcher: false });
  }, 60_000);

  afterAll(async () => {
    await harness?.close();
  }, 30_000);

  /** These messages go to clinics that answer, so an acknowledgement always comes. */
  const receive = async (message: unknown): Promise<ReceiveGpMessageResult & { acknowledgement: MessageBundle }> => {
    const result = await harness.commands.execute(new ReceiveGpMessageCommand(message));
    if (!result.acknowledgement) throw new Error('The GP inbox kept silent');
    return { ...result, acknowledgement: result.acknowledgement };
  };
  const header = (bundle: MessageBundle) => bundle.entry[0].resource as MessageHeader;
  const inboxEntriesOf = async (bundleId: string) =>
    (await harness.get<GpInboxMessageSummaryView[]>('/api/gp-inbox/messages?limit=500')).body.filter(
      (message) => message.bundleId === bundleId,
    );

  it('should store a message and acknowledge it ok to its sender when it is new', async () => {
    const message = careCommunicationMessage();
    const result = await receive(message);

    expect(result.duplicate).toBe(false);
    const ack = result.acknowledgement;
    expect(ack.type).toBe('message');
    expect(header(ack).eventCoding.code).toBe('acknowledgement-message');
    expect(header(ack).response).toEqual({ identifier: header(message).id, code: 'ok' });
    expect(header(ack).destination[0].endpoint).toBe(header(message).source.endpoint);
    expect(await inboxEntriesOf(message.id)).toHaveLength(1);
  });

  it('should keep one copy and answer with the same acknowledgement when the same message arrives again', async () => {
    const message = careCommunicationMessage();
    const first = await receive(message);
    const second = await receive(structuredClone(message));
    const third = await receive(structuredClone(message));

    expect([second.duplicate, third.duplicate]).toEqual([true, true]);
    expect(second.inboxMessageId).toBe(first.inboxMessageId);
    expect(second.acknowledgement).toEqual(first.acknowledgement);
    expect(third.acknowledgement.id).toBe(first.acknowledgement.id);
    const entries = await inboxEntriesOf(message.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ duplicatesReceived: 2 });
  });

  it('should treat a message as new when only its MessageHeader.id differs', async () => {
    const message = careCommunicationMessage();
    await receive(message);
    const resent = structuredClone(message);
    header(resent).id = randomUUID();

    const result = await receive(resent);
    expect(result.duplicate).toBe(false);
    expect(header(result.acknowledgement).response?.identifier).toBe(header(resent).id);
    expect(await inboxEntriesOf(message.id)).toHaveLength(2);
  });

  it('should answer with a fatal-error acknowledgement that says why when the message names no patient', async () => {
    const message = careCommunicationMessage();
    message.entry = message.entry.filter((entry) => entry.resource.resourceType !== 'Patient');

    const { acknowledgement } = await receive(message);
    const response = header(acknowledgement).response;
    expect(response?.code).toBe('fatal-error');
    const outcome = acknowledgement.entry.find((entry) => entry.fullUrl.endsWith(`/${response?.details?.reference}`))
      ?.resource as OperationOutcome;
    expect(outcome.issue).toEqual([
      {
        severity: 'fatal',
        code: 'invalid',
        diagnostics: 'The message must concern exactly one patient (medcom-careCommunication-2).',
      },
    ]);
  });

  it('should refuse a message it cannot read as a FHIR message, without quoting it', async () => {
    const message = {
      resourceType: 'Bundle',
      type: 'message',
      id: randomUUID(),
      entry: [{ resource: { cpr: EXAMPLE.cpr } }],
    };
    const error = await rejectionOf(receive(message));
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toMatch(/Bundle\.timestamp/);
    expect(error.message).not.toContain(EXAMPLE.cpr);
  });

  it('should show the message, with its acknowledgement, to the GP when asked by id', async () => {
    const message = careCommunicationMessage();
    const { inboxMessageId, acknowledgement } = await receive(message);
    const { status, body } = await harness.get<GpInboxMessageView>(`/api/gp-inbox/messages/${inboxMessageId}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: inboxMessageId,
      bundleId: message.id,
      messageHeaderId: header(message).id,
      sender: { sorCode: EXAMPLE.senderSor },
      recipient: { sorCode: EXAMPLE.receiverSor, name: 'Lægerne Nørrebro' },
      category: 'carecoordination',
      acknowledgementCode: 'ok',
    });
    expect(body.bundle).toEqual(message);
    expect(body.acknowledgement).toEqual(acknowledgement);
  });
});
