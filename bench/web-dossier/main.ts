import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { randomInt } from 'node:crypto';
import { ALL_TOPICS, physicalTopic } from '@rehab/contracts';
import { KafkaTransport } from '@rehab/messaging';
import { createRootLogger, RuntimeSettings, startService, type StartedService } from '@rehab/platform';
import { Client } from 'pg';
import { ALL_SERVICES } from '../../apps/all-in-one/src/service-catalogue';
import { SessionCookie, SESSION_COOKIE } from '../../apps/web/src/session/session-cookie';
import { machineDescription, percentile, prepareBenchEnvironment, printFigures } from '../support/bench-environment';
import { PHASE_DONE_WHEN, seedCases } from './seed-cases';
import { testAuthSettings, tokenFor } from '../../test/support/identity';

const CASES = Number(process.env.BENCH_CASES ?? 10_000);
const REQUESTS = Number(process.env.BENCH_DOSSIER_REQUESTS ?? 500);
const WARM_UP = 50;
const MUNICIPALITY = '101';
const SECRET = 'bench-web-session-secret';

/**
 * How fast the dossier page renders with many cases in the database: the meeting service,
 * the GP correspondence service and the web pages run on real PostgreSQL and Kafka; the cases
 * arrive as the departments' events; then one signed-in chair asks for random dossiers, one
 * request at a time, and each request is timed from send to the last byte of the page.
 */
async function main(): Promise<void> {
  const environment = await prepareBenchEnvironment();
  const logger = createRootLogger({ process: 'bench-web-dossier', level: 'warn' });
  const started: StartedService[] = [];
  const transports: KafkaTransport[] = [];
  const prefix = `bench-web-${Date.now()}`;
  const transportFor = (name: string) => {
    const transport = new KafkaTransport({ brokers: environment.brokers, clientId: name, partitions: 6 });
    transports.push(transport);
    return transport;
  };
  const start = async (name: string, settings: Record<string, string>) => {
    const definition = ALL_SERVICES.find((service) => service.name === name);
    if (!definition) throw new Error(`no service called ${name}`);
    const service = await startService(
      definition,
      {
        databaseUrl: environment.databaseUrl,
        transport: transportFor(name),
        host: '127.0.0.1',
        port: 0,
        topicPrefix: prefix,
        databasePoolSize: 10,
        settings: new RuntimeSettings({ ...settings, CONTRIBUTION_DEADLINE_CHECKER_ENABLED: 'false' }),
        relayPollIntervalMs: 1000,
        consumerMaxAttempts: 3,
        consumerRetryBackoffMs: 50,
      },
      logger,
      { enableShutdownHooks: false },
    );
    started.push(service);
    return service;
  };
  try {
    printFigures(machineDescription());
    const auth = await testAuthSettings();
    const meeting = await start('meeting', auth);
    const gp = await start('gp-correspondence', auth);
    const web = await start('web', {
      ...auth,
      MEETING_URL: meeting.url,
      GP_CORRESPONDENCE_URL: gp.url,
      WEB_SESSION_SECRET: SECRET,
    });

    const seeding = performance.now();
    const producer = transportFor('bench-seeder');
    await producer.ensureTopics(ALL_TOPICS.map((topic) => physicalTopic(topic, prefix)));
    const database = new Client({ connectionString: environment.databaseUrl });
    await database.connect();
    // Only to know when a phase is handled; the measured pages read through the services' APIs.
    const caseIds = await seedCases(producer, CASES, MUNICIPALITY, prefix, async (phase, expected) => {
      for (;;) {
        const { rows } = await database.query<{ count: string }>(PHASE_DONE_WHEN[phase]);
        if (Number(rows[0]?.count) >= expected) return;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    });
    await database.end();
    printFigures({ cases: CASES, seed_seconds: (performance.now() - seeding) / 1000 });

    const cookie = `${SESSION_COOKIE}=${new SessionCookie(SECRET).seal({
      id: 'chair-1',
      name: 'Bench',
      role: 'chair',
      municipality: MUNICIPALITY,
      token: await tokenFor('chair', MUNICIPALITY),
    })}`;
    const timings: number[] = [];
    for (let index = 0; index < WARM_UP + REQUESTS; index += 1) {
      const caseId = caseIds[randomInt(0, caseIds.length)];
      const begin = performance.now();
      const response = await fetch(`${web.url}/sager/${caseId}`, { headers: { cookie } });
      const html = await response.text();
      const elapsed = performance.now() - begin;
      if (response.status !== 200 || !html.includes('Bidrag side om side')) {
        throw new Error(`the dossier page answered HTTP ${response.status}`);
      }
      if (index >= WARM_UP) timings.push(elapsed);
    }
    timings.sort((a, b) => a - b);
    printFigures({
      dossier_requests: REQUESTS,
      dossier_median_ms: percentile(timings, 0.5),
      dossier_p95_ms: percentile(timings, 0.95),
      dossier_max_ms: timings[timings.length - 1] ?? Number.NaN,
    });
  } finally {
    for (const service of started.reverse()) await service.app.close();
    for (const transport of transports) await transport.close();
    await environment.release();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
