import { randomInt } from 'node:crypto';
import { SERVICE_NAMES } from '../e2e/support/service-processes';
import { eventually } from '../support/environment';
import { driveCompleteCase } from './support/complete-case';
import { auditDelivery, totalConsumerLag } from './support/delivery-audit';
import { KafkaBroker } from './support/kafka-broker';
import { PostgresCluster } from './support/postgres-cluster';
import { ServiceFleet } from './support/service-fleet';

/**
 * Complete cases through the six services as separate processes on a real broker and a real
 * PostgreSQL, while services are killed with SIGKILL, the broker is restarted and PostgreSQL
 * crashes. `npm test` runs a short version; `npm run test:faults` the full one (200 cases).
 */
const CASES = Number(process.env.FAULT_CASES ?? 20);
const KILLS = Number(process.env.FAULT_KILLS ?? 1);
const BROKER_RESTARTS = Number(process.env.FAULT_BROKER_RESTARTS ?? 1);
const POSTGRES_RESTARTS = Number(process.env.FAULT_POSTGRES_RESTARTS ?? 1);
/** Referrals per second while the load starts; all cases are in flight together when the faults come. */
const REFERRAL_RATE = Number(process.env.FAULT_REFERRAL_RATE ?? 10);
const STEPS_PER_CASE = 12;
const RUN_MS = Number(process.env.FAULT_TIMEOUT_SECONDS ?? 600) * 1000;

jest.setTimeout(RUN_MS + 240_000);

type Fault = 'kill' | 'broker' | 'postgres';

function shuffled<T>(items: T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = randomInt(index + 1);
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}

function print(figures: Record<string, number | string>): void {
  for (const [key, value] of Object.entries(figures)) process.stdout.write(`${key}=${value}\n`);
}

describe('complete cases while services, the broker and the database fail', () => {
  let postgres: PostgresCluster;
  let broker: KafkaBroker;
  let fleet: ServiceFleet;
  let databaseUrl: string;

  beforeAll(async () => {
    // Both at once; whichever started is cleaned up afterwards even if the other did not.
    const [startedPostgres, startedBroker] = await Promise.allSettled([PostgresCluster.create(), KafkaBroker.create()]);
    if (startedPostgres.status === 'fulfilled') postgres = startedPostgres.value;
    if (startedBroker.status === 'fulfilled') broker = startedBroker.value;
    for (const started of [startedPostgres, startedBroker]) if (started.status === 'rejected') throw started.reason;
    databaseUrl = await postgres.createDatabase('rehab_fault');
    fleet = await ServiceFleet.start({
      databaseUrl,
      brokers: broker.brokers,
      topicPrefix: 'fault',
      environment: { KAFKA_TOPIC_PARTITIONS: '3' },
    });
  });

  afterAll(async () => {
    await fleet?.stop();
    await Promise.all([broker?.destroy(), postgres?.destroy()]);
  });

  it('should complete every case with nothing lost and nothing done twice', async () => {
    const started = Date.now();
    const deadline = started + RUN_MS;
    let stepsDone = 0;
    let retries = 0;
    const injected: Record<Fault, number> = { kill: 0, broker: 0, postgres: 0 };
    const killed: string[] = [];

    const load = Array.from({ length: CASES }, async (_, index) => {
      await new Promise((resolve) => setTimeout(resolve, (index * 1000) / REFERRAL_RATE));
      return driveCompleteCase(fleet.urls, {
        deadline,
        onStep: () => (stepsDone += 1),
        onRetry: () => (retries += 1),
      });
    });
    const outcomes = Promise.allSettled(load);
    let loadDone = false;
    void outcomes.then(() => (loadDone = true));

    // Each fault waits for its share of the load's progress, so all land while cases are in flight.
    const faults = shuffled<Fault>([
      ...Array<Fault>(KILLS).fill('kill'),
      ...Array<Fault>(BROKER_RESTARTS).fill('broker'),
      ...Array<Fault>(POSTGRES_RESTARTS).fill('postgres'),
    ]);
    for (const [index, fault] of faults.entries()) {
      // The first fault once the load is under way, the last by 60 % of it: recovery takes time too.
      const due = (0.05 + (0.55 * index) / Math.max(1, faults.length - 1)) * CASES * STEPS_PER_CASE;
      await eventually(() => Promise.resolve(stepsDone >= due || loadDone), {
        timeoutMs: Math.max(1_000, deadline - Date.now()),
        intervalMs: 100,
        what: `the load to reach ${Math.round(due)} steps before the next fault`,
      });
      if (loadDone) break;
      if (fault === 'kill') {
        const victim = SERVICE_NAMES[randomInt(SERVICE_NAMES.length)];
        killed.push(victim);
        await fleet.killAndRestart(victim);
      } else if (fault === 'broker') {
        await broker.stop();
        await broker.start();
      } else {
        await postgres.crash();
        await postgres.start();
      }
      injected[fault] += 1;
    }

    const settled = await outcomes;
    const completed = settled.filter((outcome) => outcome.status === 'fulfilled').length;
    const failures = settled.flatMap((outcome) => (outcome.status === 'rejected' ? [String(outcome.reason)] : []));
    const loadSeconds = (Date.now() - started) / 1000;
    const revived = await fleet.reviveExited();

    // Afterwards: the consumers catch up and the outboxes drain.
    const lag = await eventually(
      async () => {
        const total = await totalConsumerLag(fleet.urls);
        return total === 0 ? { total } : undefined;
      },
      { timeoutMs: 120_000, intervalMs: 1_000, what: 'every consumer group to have no lag' },
    ).catch(async () => ({ total: await totalConsumerLag(fleet.urls).catch(() => -1) }));
    const counts = await eventually(
      async () => {
        const audit = await auditDelivery(databaseUrl);
        return audit.outbox_unpublished === 0 && audit.events_lost === 0 ? audit : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 1_000, what: 'every outbox row to be published and consumed' },
    ).catch(() => auditDelivery(databaseUrl));

    if (counts.outbox_unpublished > 0) {
      // A relay that stopped moving rows says why in its own log; show the last of it.
      for (const name of SERVICE_NAMES) {
        const lines = fleet
          .output(name)
          .split('\n')
          .filter((line) => line.includes('outbox relay'))
          .slice(-5);
        if (lines.length > 0)
          process.stdout.write(`--- ${name}: last outbox relay log lines ---\n${lines.join('\n')}\n`);
      }
    }
    print({
      fault_cases: CASES,
      fault_cases_completed: completed,
      fault_load_seconds: loadSeconds.toFixed(1),
      fault_kills: injected.kill,
      fault_killed_services: killed.join(',') || 'none',
      fault_broker_restarts: injected.broker,
      fault_postgres_restarts: injected.postgres,
      fault_step_retries: retries,
      fault_unexpected_exits: fleet.unexpectedExits.length,
      fault_unexpected_exit_services: fleet.unexpectedExits.join(',') || 'none',
      fault_consumer_lag_after: lag.total,
      ...Object.fromEntries(Object.entries(counts).map(([key, value]) => [`fault_${key}`, value])),
    });

    expect(failures.slice(0, 3)).toEqual([]);
    expect(completed).toBe(CASES);
    expect(injected).toEqual({ kill: KILLS, broker: BROKER_RESTARTS, postgres: POSTGRES_RESTARTS });
    expect(revived).toEqual([]);
    expect(lag.total).toBe(0);
    expect(counts).toMatchObject({
      outbox_unpublished: 0,
      events_lost: 0,
      dead_letters: 0,
      cases_decided_twice: 0,
      decisions_with_two_outcome_messages: 0,
      decisions_received_twice_by_gp: 0,
    });
    expect(counts.decisions).toBeGreaterThanOrEqual(CASES);
    expect(counts.outcome_messages).toBe(counts.decisions);
    expect(counts.gp_inbox_messages).toBe(counts.outcome_messages);
    expect(counts.outbox_events).toBeGreaterThan(CASES * STEPS_PER_CASE);
  });
});
