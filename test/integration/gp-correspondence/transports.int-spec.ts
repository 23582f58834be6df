import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DecisionRecorded } from '@rehab/contracts';
import { buildAcknowledgementMessage } from '../../../apps/gp-correspondence/src/medcom/acknowledgement.builder';
import type { MessageBundle } from '../../../apps/gp-correspondence/src/medcom/fhir.types';
import { readMessage } from '../../../apps/gp-correspondence/src/medcom/message-bundle.reader';
import type { OutcomeMessageSummaryView } from '../../../apps/gp-correspondence/src/outcome-messages/http/outcome-message.view';
import { eventually } from '../../support/environment';
import { decision, type GpCorrespondenceHarness, referral, startGpCorrespondence } from './gp-correspondence.harness';
import { asWholeTeam } from '../../support/identity';

jest.setTimeout(30_000);

const CPR = '2509479989';

/** The GP's side of one transport: what it received, and how it sends something back. */
interface GpSide {
  settings: Record<string, string>;
  received(): MessageBundle[];
  deliver(harness: GpCorrespondenceHarness, message: MessageBundle): Promise<void>;
  close(): Promise<void>;
}

function acknowledge(message: MessageBundle): MessageBundle {
  return buildAcknowledgementMessage({
    acknowledged: readMessage(message),
    code: 'ok',
    at: new Date(),
    fullUrlBase: 'https://gp.invalid/fhir',
  });
}

async function httpGateway(): Promise<GpSide> {
  const received: MessageBundle[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as MessageBundle);
      // A gateway that takes the message and acknowledges later, on its own.
      response.writeHead(202).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    settings: { GP_TRANSPORT: 'http-gateway', GP_GATEWAY_URL: `http://127.0.0.1:${port}/medcom` },
    received: () => received,
    async deliver(harness, message) {
      const response = await fetch(`${harness.url}/api/medcom/messages`, {
        method: 'POST',
        headers: { ...(await asWholeTeam()), 'content-type': 'application/fhir+json' },
        body: JSON.stringify(message),
      });
      if (response.status !== 202) throw new Error(`the service answered ${response.status}`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function fileDrop(): GpSide {
  const directory = mkdtempSync(join(tmpdir(), 'gp-mailbox-'));
  mkdirSync(join(directory, 'in'), { recursive: true });
  const out = join(directory, 'out');
  return {
    settings: { GP_TRANSPORT: 'file-drop', GP_MAILBOX_DIR: directory, GP_MAILBOX_POLL_INTERVAL_MS: '50' },
    received: () => {
      try {
        return readdirSync(out)
          .filter((name) => name.endsWith('.json'))
          .map((name) => JSON.parse(readFileSync(join(out, name), 'utf8')) as MessageBundle);
      } catch {
        return [];
      }
    },
    async deliver(_harness, message) {
      const name = `${randomUUID()}.json`;
      writeFileSync(join(directory, 'in', name), JSON.stringify(message));
      await eventually(() => Promise.resolve(readdirSync(join(directory, 'in', 'processed')).includes(name)), {
        what: 'the mailbox to take the file',
      });
    },
    close: () => Promise.resolve(),
  };
}

describe.each([
  ['http-gateway', httpGateway],
  ['file-drop', () => Promise.resolve(fileDrop())],
] as const)('the %s transport', (_name, makeGpSide) => {
  let gpSide: GpSide;
  let harness: GpCorrespondenceHarness;

  beforeAll(async () => {
    gpSide = await makeGpSide();
    harness = await startGpCorrespondence({ settings: gpSide.settings });
  }, 60_000);

  afterAll(async () => {
    await harness?.close();
    await gpSide?.close();
  }, 30_000);

  it('should hand the outcome to the GP system and settle it with the acknowledgement that comes back', async () => {
    const referred = referral();
    harness.identities.register(referred.personId, CPR);
    await harness.referWithConsents(referred);
    await harness.publish(DecisionRecorded, decision({ caseId: referred.caseId }), referred);

    const sent = await eventually(
      async () => {
        const [message] = (
          await harness.get<OutcomeMessageSummaryView[]>(`/api/outcome-messages?caseId=${referred.caseId}`)
        ).body;
        return message?.status === 'sent' && message;
      },
      { what: 'the message to be sent' },
    );
    const atTheGp = await eventually(
      () => Promise.resolve(gpSide.received().find((message) => message.entry[0].resource.id === sent.messageHeaderId)),
      { what: 'the GP system to receive the message' },
    );

    await gpSide.deliver(harness, acknowledge(atTheGp));
    const settled = (await harness.get<OutcomeMessageSummaryView[]>(`/api/outcome-messages?caseId=${referred.caseId}`))
      .body[0];
    expect(settled).toMatchObject({ status: 'acknowledged', delivery: 'delivered', acknowledgementCode: 'ok' });
  });
});
