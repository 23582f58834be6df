import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RuntimeSettings, ServiceTokenSource } from '@rehab/platform';
import {
  JobCentrePersonIdentityClient,
  PersonIdentityUnavailable,
} from '../../../apps/gp-correspondence/src/outcome-messages/infrastructure/person-identity.client';
import { testAuthSettings } from '../../support/identity';
import { rejectionOf } from './rejection-of';

const CPR = '2509479989';

interface Received {
  method?: string;
  url?: string;
  /** The roles of the bearer token the caller signed in with. */
  roles?: unknown;
  body: string;
}

/** The roles claim of a bearer token, read without verifying: the stub only reports what came. */
function rolesOf(authorization: string | undefined): unknown {
  const payload = authorization?.split('.')[1];
  return payload ? (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { roles?: unknown }).roles : undefined;
}

/** The client as the GP correspondence service builds it, signing in at the test identity provider. */
async function clientFor(settings: Record<string, string>) {
  const runtime = new RuntimeSettings({ ...(await testAuthSettings()), ...settings });
  return new JobCentrePersonIdentityClient(runtime, new ServiceTokenSource(runtime, 'gp-correspondence'));
}

/** A stand-in job centre on a local port that answers what the test tells it to. */
async function jobCentre(answer: (received: Received) => { status: number; body: unknown; delayMs?: number }) {
  const requests: Received[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((request: IncomingMessage, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      const received = { method: request.method, url: request.url, roles: rolesOf(request.headers.authorization), body };
      requests.push(received);
      const { status, body: reply, delayMs } = answer(received);
      const timer = setTimeout(() => {
        timers.delete(timer);
        response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
      }, delayMs ?? 0);
      timers.add(timer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const client = await clientFor({ JOB_CENTRE_URL: `http://127.0.0.1:${port}`, JOB_CENTRE_TIMEOUT_MS: '300' });
  const close = () =>
    new Promise<void>((resolve) => {
      for (const timer of timers) clearTimeout(timer);
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return { client, requests, close };
}

describe('JobCentrePersonIdentityClient', () => {
  it('should post the person id in the body and return the CPR number when the job centre knows the person', async () => {
    const personId = randomUUID();
    const stub = await jobCentre(({ body }) => ({
      status: 200,
      body: { personId: (JSON.parse(body) as { personId: string }).personId, cpr: CPR },
    }));
    try {
      await expect(stub.client.resolveCpr(personId)).resolves.toBe(CPR);
      expect(stub.requests).toEqual([
        {
          method: 'POST',
          url: '/api/internal/person-identities/resolve',
          roles: ['service'],
          body: JSON.stringify({ personId }),
        },
      ]);
    } finally {
      await stub.close();
    }
  });

  it('should fail with the status and without the person id when the job centre refuses', async () => {
    const personId = randomUUID();
    const stub = await jobCentre(() => ({
      status: 404,
      body: { message: 'No person with that id is known to the job centre.' },
    }));
    try {
      const error = await rejectionOf(stub.client.resolveCpr(personId));
      expect(error).toEqual(new PersonIdentityUnavailable('The job centre refused the identity lookup (HTTP 404).'));
      expect(error.message).not.toContain(personId);
    } finally {
      await stub.close();
    }
  });

  it('should fail without quoting the answer when the job centre answers for another person', async () => {
    const stub = await jobCentre(() => ({ status: 200, body: { personId: randomUUID(), cpr: CPR } }));
    try {
      const error = await rejectionOf(stub.client.resolveCpr(randomUUID()));
      expect(error).toBeInstanceOf(PersonIdentityUnavailable);
      expect(error.message).not.toContain(CPR);
    } finally {
      await stub.close();
    }
  });

  it('should give up with a timeout when the job centre does not answer in time', async () => {
    const stub = await jobCentre(({ body }) => ({
      status: 200,
      body: { personId: (JSON.parse(body) as { personId: string }).personId, cpr: CPR },
      delayMs: 2000,
    }));
    try {
      await expect(stub.client.resolveCpr(randomUUID())).rejects.toEqual(
        new PersonIdentityUnavailable('The job centre did not answer the identity lookup (timed out).'),
      );
    } finally {
      await stub.close();
    }
  });

  it('should say the connection was refused when nothing listens at the job centre address', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const client = await clientFor({ JOB_CENTRE_URL: `http://127.0.0.1:${port}` });
    await expect(client.resolveCpr(randomUUID())).rejects.toEqual(
      new PersonIdentityUnavailable('The job centre did not answer the identity lookup (ECONNREFUSED).'),
    );
  });
});
