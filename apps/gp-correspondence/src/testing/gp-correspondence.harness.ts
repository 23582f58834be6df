import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { INestApplication, LoggerService } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Test } from '@nestjs/testing';
import {
  createEnvelope,
  type EventDefinition,
  type EventEnvelope,
  Topics,
  type PayloadOf,
  CaseReferred,
  DecisionRecorded,
} from '@rehab/contracts';
import { EmbeddedBroker, TransactionRunner } from '@rehab/messaging';
import {
  createValidationPipe,
  HttpErrorFilter,
  RuntimeSettings,
  ServiceRootModule,
  type ServiceRuntime,
} from '@rehab/platform';
import { OutcomeMessageDispatcher } from '../outcome-messages/infrastructure/outcome-message-dispatcher';
import {
  PERSON_IDENTITY_RESOLVER,
  type PersonIdentityResolver,
  PersonIdentityUnavailable,
} from '../outcome-messages/infrastructure/person-identity.client';
import { BuiltInGpInboxTransport } from '../outcome-messages/infrastructure/transport/built-in-gp-inbox.transport';
import { gpCorrespondenceService } from '../service-definition';

const ROOT = join(__dirname, '..', '..', '..', '..');

/**
 * PGlite cannot load inside Jest's module sandbox, so a child Node process serves an
 * in-memory PGlite over a local socket: the same single-session store the one-process layout
 * runs on, where a transaction held across a call to another service would never end.
 *
 * The socket server of @electric-sql/pglite-socket 0.2 keeps one client's messages together
 * only while a transaction is open, so the Parse/Bind/Execute/Sync of two clients' queries
 * outside a transaction interleave ("unnamed prepared statement does not exist", then a
 * hang). The queue below also keeps an extended-protocol exchange together until its Sync.
 * libs/platform's embedded database has the same flaw (see the report); this is the fix.
 */
const EMBEDDED_DATABASE_SCRIPT = `
const { PGlite } = require('@electric-sql/pglite');
const { PGLiteSocketServer } = require('@electric-sql/pglite-socket');
class ExchangeKeepingQueue {
  constructor(db) { this.db = db; this.queue = []; this.processing = false; this.owner = null; }
  enqueue(handlerId, message, onData) {
    return new Promise((resolve, reject) => { this.queue.push({ handlerId, message, onData, resolve, reject }); void this.process(); });
  }
  async process() {
    if (this.processing) return;
    this.processing = true;
    while (this.queue.length > 0) {
      const index = this.owner === null ? 0 : this.queue.findIndex((item) => item.handlerId === this.owner);
      if (index === -1) break;
      const [item] = this.queue.splice(index, 1);
      let bytes = 0;
      try {
        await this.db.runExclusive(() => this.db.execProtocolRawStream(item.message, {
          onRawData: (data) => { bytes += data.length; item.onData(data); },
        }));
      } catch (error) { item.reject(error); continue; }
      const type = String.fromCharCode(item.message[0]);
      if (this.db.isInTransaction() || 'PBDEHC'.includes(type)) this.owner = item.handlerId;
      else if (type === 'S' || type === 'Q') this.owner = null;
      item.resolve(bytes);
    }
    this.processing = false;
  }
  getQueueLength() { return this.queue.length; }
  clearQueueForHandler(handlerId) {
    this.queue = this.queue.filter((item) => (item.handlerId === handlerId ? (item.reject(new Error('Handler disconnected')), false) : true));
  }
  async clearTransactionIfNeeded(handlerId) {
    if (this.owner !== handlerId) return;
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    this.owner = null;
    void this.process();
  }
}
(async () => {
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 20 });
  server.queryQueue = new ExchangeKeepingQueue(db);
  await server.start();
  process.send({ address: server.getServerConn() });
  process.on('disconnect', () => { server.stop().then(() => db.close()).finally(() => process.exit(0)); });
})().catch((error) => { console.error(error); process.exit(1); });
`;

async function startEmbeddedDatabase(): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, ['-e', EMBEDDED_DATABASE_SCRIPT], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const address = await new Promise<string>((resolve, reject) => {
    child.once('message', (message: { address: string }) => resolve(message.address));
    child.once('exit', (code) => reject(new Error(`the embedded database exited (${code})`)));
  });
  return { url: `postgres://postgres@${address}/postgres`, process: child };
}

/**
 * Stands in for the job centre. Like the real one in the one-process layout, it answers from
 * the shared database, so a caller that held a transaction open would hang here.
 */
export class FakePersonIdentities implements PersonIdentityResolver {
  private readonly cprByPerson = new Map<string, string>();
  failuresToCome = 0;
  calls = 0;

  constructor(private readonly transactions: TransactionRunner) {}

  register(personId: string, cpr: string): void {
    this.cprByPerson.set(personId, cpr);
  }

  async resolveCpr(personId: string): Promise<string> {
    this.calls += 1;
    await this.transactions.dataSource.query('SELECT 1');
    if (this.failuresToCome > 0) {
      this.failuresToCome -= 1;
      throw new PersonIdentityUnavailable('The job centre did not answer the identity lookup (ECONNREFUSED).');
    }
    const cpr = this.cprByPerson.get(personId);
    if (!cpr) throw new PersonIdentityUnavailable('The job centre refused the identity lookup (HTTP 404).');
    return cpr;
  }
}

/** Keeps every log call as written, before any redaction, so a test can prove nothing leaked. */
export class RecordingLogger implements LoggerService {
  readonly lines: string[] = [];
  private record(level: string, args: unknown[]): void {
    this.lines.push(`${level} ${JSON.stringify(args, (_key, value: unknown) => (value instanceof Error ? { ...value, message: value.message, stack: value.stack } : value))}`);
  }
  log(...args: unknown[]) { this.record('info', args); }
  error(...args: unknown[]) { this.record('error', args); }
  warn(...args: unknown[]) { this.record('warn', args); }
  debug(...args: unknown[]) { this.record('debug', args); }
  verbose(...args: unknown[]) { this.record('verbose', args); }
  fatal(...args: unknown[]) { this.record('fatal', args); }
}

/** The body of every error answer (see HttpErrorFilter). */
export interface ErrorBody {
  statusCode: number;
  message: string;
  errors?: { field: string; problems: string[] }[];
}

export interface PublishedRecord {
  key: string | null;
  headers: Record<string, string>;
  raw: string;
  envelope: EventEnvelope;
}

export interface GpCorrespondenceHarness {
  app: INestApplication;
  url: string;
  commands: CommandBus;
  identities: FakePersonIdentities;
  dispatcher: OutcomeMessageDispatcher;
  transport: BuiltInGpInboxTransport;
  logs: RecordingLogger;
  /** Everything the service published on its own topic, as a consumer would see it. */
  published: PublishedRecord[];
  publish<D extends EventDefinition>(definition: D, payload: PayloadOf<D>, subject: { caseId: string; personId: string }): Promise<string>;
  get<T = unknown>(path: string): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Off for tests that drive delivery themselves. */
  dispatcher?: boolean;
  settings?: Record<string, string>;
}

export async function startGpCorrespondence(options: HarnessOptions = {}): Promise<GpCorrespondenceHarness> {
  const database = await startEmbeddedDatabase();
  const broker = new EmbeddedBroker(3, 20);
  const settings = new RuntimeSettings({
    GP_DISPATCHER_ENABLED: options.dispatcher === false ? 'false' : 'true',
    GP_DISPATCH_POLL_INTERVAL_MS: '50',
    GP_DELIVERY_RETRY_BASE_MS: '50',
    GP_DELIVERY_RETRY_MAX_MS: '200',
    GP_SENDER_SOR_CODE: '265161000016000',
    ...options.settings,
  });
  const runtime: ServiceRuntime = {
    databaseUrl: database.url,
    transport: broker,
    host: '127.0.0.1',
    port: 0,
    topicPrefix: '',
    databasePoolSize: 3,
    settings,
    relayPollIntervalMs: 50,
    consumerMaxAttempts: 3,
    consumerRetryBackoffMs: 20,
  };
  const moduleRef = await Test.createTestingModule({ imports: [ServiceRootModule.register(gpCorrespondenceService, runtime)] })
    .overrideProvider(PERSON_IDENTITY_RESOLVER)
    .useFactory({ factory: (transactions: TransactionRunner) => new FakePersonIdentities(transactions), inject: [TransactionRunner] })
    .compile();
  const logs = new RecordingLogger();
  const app = moduleRef.createNestApplication({ logger: logs });
  app.setGlobalPrefix('api', { exclude: ['health'] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpErrorFilter());
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');

  const published: PublishedRecord[] = [];
  const observer = await broker.subscribe({
    groupId: 'test-observer',
    topics: [Topics.gpCorrespondence],
    handle: (message) => {
      const raw = message.value?.toString('utf8') ?? '';
      published.push({ key: message.key, headers: message.headers, raw, envelope: JSON.parse(raw) as EventEnvelope });
      return Promise.resolve();
    },
  });

  return {
    app,
    url,
    commands: app.get(CommandBus),
    identities: app.get<FakePersonIdentities>(PERSON_IDENTITY_RESOLVER),
    dispatcher: app.get(OutcomeMessageDispatcher),
    transport: app.get(BuiltInGpInboxTransport),
    logs,
    published,
    async publish(definition, payload, subject) {
      const envelope = createEnvelope(definition, payload, {
        correlationId: randomUUID(),
        causationId: null,
        actor: { kind: 'service', id: 'test' },
        subjectId: subject.personId,
        caseId: subject.caseId,
        municipality: '101',
      });
      await broker.publish([{ topic: definition.topic, key: subject.caseId, value: JSON.stringify(envelope), headers: {} }]);
      return envelope.eventId;
    },
    async get<T>(path: string) {
      const response = await fetch(`${url}${path}`);
      return { status: response.status, body: (await response.json()) as T };
    },
    async close() {
      await observer.stop();
      await app.close();
      await broker.close();
      database.process.disconnect();
      await new Promise((resolve) => database.process.once('exit', resolve));
    },
  };
}

/** Polls until the probe returns something, instead of sleeping for a guessed time. */
export async function eventually<T>(
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`Timed out waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
}

export function referral(overrides: Partial<PayloadOf<typeof CaseReferred>> = {}): PayloadOf<typeof CaseReferred> {
  return {
    caseId: randomUUID(),
    personId: randomUUID(),
    caseType: 'resource-programme',
    coordinatingCaseworkerId: 'cw-17',
    requiredDepartments: ['job-centre', 'health-coordinator', 'social-psychiatry', 'company-consultant'],
    generalPractitioner: { sorCode: '123456789012', name: 'Lægerne Nørrebro' },
    referredAt: '2026-11-01T09:00:00.000Z',
    ...overrides,
  };
}

export function decision(overrides: Partial<PayloadOf<typeof DecisionRecorded>> = {}): PayloadOf<typeof DecisionRecorded> {
  return {
    caseId: randomUUID(),
    decisionId: randomUUID(),
    recommendationId: randomUUID(),
    outcome: 'resource-programme',
    followsRecommendation: true,
    recommendationText: 'Ressourceforløb i to år med mentor, virksomhedspraktik og behandling af rygsmerter.',
    decidedBy: 'leader-2',
    decidedAtMeeting: true,
    decidedAt: '2026-11-24T10:30:00.000Z',
    ...overrides,
  };
}
