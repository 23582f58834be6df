import { randomUUID } from 'node:crypto';
import type { INestApplication, LoggerService } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Test } from '@nestjs/testing';
import {
  createEnvelope,
  type EventDefinition,
  type EventEnvelope,
  Topics,
  type PayloadOf,
  physicalTopic,
  CaseReferred,
  ConsentRecorded,
  ConsentWithdrawn,
  type ConsentScope,
  DecisionRecorded,
} from '@rehab/contracts';
import { EmbeddedBroker, type MessageTransport } from '@rehab/messaging';
import {
  CaseConsentView,
  createValidationPipe,
  HttpErrorFilter,
  RuntimeSettings,
  ServiceRootModule,
  type ServiceRuntime,
} from '@rehab/platform';
import { TrackConsentCommand } from '../../../apps/gp-correspondence/src/outcome-messages/commands/track-consent/track-consent.command';
import { OutcomeMessageDispatcher } from '../../../apps/gp-correspondence/src/outcome-messages/infrastructure/outcome-message-dispatcher';
import {
  PERSON_IDENTITY_RESOLVER,
  type PersonIdentityResolver,
  PersonIdentityUnavailable,
} from '../../../apps/gp-correspondence/src/outcome-messages/infrastructure/person-identity.client';
import { BuiltInGpInboxTransport } from '../../../apps/gp-correspondence/src/outcome-messages/infrastructure/transport/built-in-gp-inbox.transport';
import { gpCorrespondenceService } from '../../../apps/gp-correspondence/src/service-definition';
import { eventually, testDatabaseUrl, uniqueName } from '../../support/environment';
import { asWholeTeam, testAuthSettings } from '../../support/identity';
import { aCaseReferredPayload, aConsentRecordedPayload } from '../../support/event-factories';

/**
 * Stands in for the job centre's identity lookup. Whether a delivery holds a transaction open
 * while it asks is checked by the delivery handler itself (TransactionRunner.inTransaction()).
 */
export class FakePersonIdentities implements PersonIdentityResolver {
  private readonly cprByPerson = new Map<string, string>();
  failuresToCome = 0;
  calls = 0;

  register(personId: string, cpr: string): void {
    this.cprByPerson.set(personId, cpr);
  }

  resolveCpr(personId: string): Promise<string> {
    this.calls += 1;
    if (this.failuresToCome > 0) {
      this.failuresToCome -= 1;
      return Promise.reject(
        new PersonIdentityUnavailable('The job centre did not answer the identity lookup (ECONNREFUSED).'),
      );
    }
    const cpr = this.cprByPerson.get(personId);
    if (!cpr)
      return Promise.reject(new PersonIdentityUnavailable('The job centre refused the identity lookup (HTTP 404).'));
    return Promise.resolve(cpr);
  }
}

/** Keeps every log call as written, before any redaction, so a test can prove nothing leaked. */
export class RecordingLogger implements LoggerService {
  readonly lines: string[] = [];
  private record(level: string, args: unknown[]): void {
    this.lines.push(
      `${level} ${JSON.stringify(args, (_key, value: unknown) => (value instanceof Error ? { ...value, message: value.message, stack: value.stack } : value))}`,
    );
  }
  log(...args: unknown[]) {
    this.record('info', args);
  }
  error(...args: unknown[]) {
    this.record('error', args);
  }
  warn(...args: unknown[]) {
    this.record('warn', args);
  }
  debug(...args: unknown[]) {
    this.record('debug', args);
  }
  verbose(...args: unknown[]) {
    this.record('verbose', args);
  }
  fatal(...args: unknown[]) {
    this.record('fatal', args);
  }
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
  publish<D extends EventDefinition>(
    definition: D,
    payload: PayloadOf<D>,
    subject: { caseId: string; personId: string },
  ): Promise<string>;
  get<T = unknown>(path: string): Promise<{ status: number; body: T }>;
  /** Announces the citizen's consent as the job centre does and waits until it is known; returns its id. */
  consent(subject: { caseId: string; personId: string }, scope: GpConsentScope): Promise<string>;
  withdrawConsent(
    subject: { caseId: string; personId: string },
    consentId: string,
    scope: GpConsentScope,
  ): Promise<void>;
  /** The referral with both consents the GP messages need, as most cases have them. */
  referWithConsents(referred: PayloadOf<typeof CaseReferred>): Promise<void>;
  /** Puts a consent straight into the consent view, for tests that drive the commands themselves. */
  giveConsent(caseId: string, personId: string, scope?: GpConsentScope): Promise<void>;
  close(): Promise<void>;
}

export type GpConsentScope = Extract<ConsentScope, 'share-outcome-with-gp' | 'obtain-gp-certificate'>;

export interface HarnessOptions {
  /** Off for tests that drive delivery themselves. */
  dispatcher?: boolean;
  settings?: Record<string, string>;
  /** The real Kafka broker instead of the embedded one; the harness closes it. */
  transport?: MessageTransport;
}

export async function startGpCorrespondence(options: HarnessOptions = {}): Promise<GpCorrespondenceHarness> {
  const broker = options.transport ?? new EmbeddedBroker(3, 20);
  // A shared broker gets topics of this test's own; the embedded one is this test's alone.
  const topicPrefix = options.transport ? uniqueName('t').replace('_', '-') : '';
  const settings = new RuntimeSettings({
    GP_DISPATCHER_ENABLED: options.dispatcher === false ? 'false' : 'true',
    GP_DISPATCH_POLL_INTERVAL_MS: '50',
    GP_DELIVERY_RETRY_BASE_MS: '50',
    GP_DELIVERY_RETRY_MAX_MS: '200',
    ...(await testAuthSettings()),
    ...options.settings,
  });
  const runtime: ServiceRuntime = {
    databaseUrl: testDatabaseUrl(),
    transport: broker,
    host: '127.0.0.1',
    port: 0,
    topicPrefix,
    databasePoolSize: 3,
    settings,
    relayPollIntervalMs: 50,
    consumerMaxAttempts: 3,
    consumerRetryBackoffMs: 20,
  };
  const moduleRef = await Test.createTestingModule({
    imports: [ServiceRootModule.register({ ...gpCorrespondenceService, schema: uniqueName('gp') }, runtime)],
  })
    .overrideProvider(PERSON_IDENTITY_RESOLVER)
    .useValue(new FakePersonIdentities())
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
    topics: [physicalTopic(Topics.gpCorrespondence, topicPrefix)],
    handle: (message) => {
      const raw = message.value?.toString('utf8') ?? '';
      published.push({ key: message.key, headers: message.headers, raw, envelope: JSON.parse(raw) as EventEnvelope });
      return Promise.resolve();
    },
  });

  const harness: GpCorrespondenceHarness = {
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
      await broker.publish([
        {
          topic: physicalTopic(definition.topic, topicPrefix),
          key: subject.caseId,
          value: JSON.stringify(envelope),
          headers: {},
        },
      ]);
      return envelope.eventId;
    },
    async get<T>(path: string) {
      const response = await fetch(`${url}${path}`, { headers: await asWholeTeam() });
      return { status: response.status, body: (await response.json()) as T };
    },
    async consent(subject, scope) {
      const consentId = randomUUID();
      await harness.publish(ConsentRecorded, aConsentRecordedPayload(subject, { consentId, scope }), subject);
      // It travels on another topic than the decision: once it is known, what comes next sees it.
      const consents = app.get(CaseConsentView);
      await eventually(
        async () => (await consents.ofCase(subject.caseId)).some((consent) => consent.consentId === consentId),
        { timeoutMs: 20_000, what: 'the consent in the consent view' },
      );
      return consentId;
    },
    async withdrawConsent(subject, consentId, scope) {
      await harness.publish(
        ConsentWithdrawn,
        {
          consentId,
          caseId: subject.caseId,
          personId: subject.personId,
          scope,
          party: 'gp',
          withdrawnAt: new Date().toISOString(),
          withdrawnBy: 'cw-17',
        },
        subject,
      );
    },
    async referWithConsents(referred) {
      await harness.consent(referred, 'share-outcome-with-gp');
      await harness.consent(referred, 'obtain-gp-certificate');
      await harness.publish(CaseReferred, referred, referred);
    },
    async giveConsent(caseId, personId, scope = 'share-outcome-with-gp') {
      const payload = aConsentRecordedPayload({ caseId, personId }, { scope });
      await harness.commands.execute(new TrackConsentCommand(payload, { kind: 'given', givenAt: new Date() }));
    },
    async close() {
      await observer.stop();
      await app.close();
      await broker.close();
    },
  };
  return harness;
}

/** A referral as the job centre announces it. */
export const referral = aCaseReferredPayload;

export function decision(
  overrides: Partial<PayloadOf<typeof DecisionRecorded>> = {},
): PayloadOf<typeof DecisionRecorded> {
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
