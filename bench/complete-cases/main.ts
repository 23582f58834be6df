import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { type CaseTimings, driveCompleteCase } from '../../test/fault/support/complete-case';
import { ServiceFleet } from '../../test/fault/support/service-fleet';
import { runBench } from '../support/bench-run';
import { machineDescription, percentile, prepareBenchEnvironment, printFigures } from '../support/bench-environment';

const CASES = Number(process.env.BENCH_CASES ?? 200);
const LATENCY_RATE = Number(process.env.BENCH_CASE_RATE ?? 50);
const LATENCY_SECONDS = Number(process.env.BENCH_CASE_SECONDS ?? 10);
const TIMEOUT_MS = Number(process.env.BENCH_CASE_TIMEOUT_SECONDS ?? 600) * 1000;

/** Starts `count` cases, `rate` per second (all at once when rate is Infinity), and waits for all to complete. */
async function driveCases(
  fleet: ServiceFleet,
  count: number,
  rate: number,
): Promise<{ cases: CaseTimings[]; seconds: number }> {
  const started = Date.now();
  const deadline = started + TIMEOUT_MS;
  const cases = await Promise.all(
    Array.from({ length: count }, async (_, index) => {
      if (Number.isFinite(rate)) await new Promise((resolve) => setTimeout(resolve, (index * 1000) / rate));
      return driveCompleteCase(fleet.urls, { deadline, intervalMs: 100 });
    }),
  );
  return { cases, seconds: (Date.now() - started) / 1000 };
}

/**
 * From the referral's commit in the job centre to the meeting service's handling of it (its
 * dossier updated, in the same transaction as its inbox row), both on the database's clock.
 */
async function referralToDossierMs(databaseUrl: string, caseIds: string[]): Promise<number[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const rows = await client.query<{ ms: number }>(
      `SELECT extract(epoch FROM i.handled_at - o.created_at) * 1000 AS ms
         FROM job_centre.outbox_message o
         JOIN meeting.inbox_message i ON i.event_id = o.event_id AND i.consumer_group = 'meeting'
        WHERE o.event_type = 'job-centre.case-referred' AND o.envelope->>'caseId' = ANY($1::text[])`,
      [caseIds],
    );
    return rows.rows.map((row) => Number(row.ms)).sort((a, b) => a - b);
  } finally {
    await client.end();
  }
}

/**
 * Complete cases, from the referral to the GP's acknowledgement, through the six services as
 * separate processes on real PostgreSQL and Kafka, driven over HTTP as staff would.
 */
async function main(): Promise<void> {
  printFigures(machineDescription());
  const environment = await prepareBenchEnvironment();
  const fleet = await ServiceFleet.start({
    databaseUrl: environment.databaseUrl,
    brokers: environment.brokers.join(','),
    topicPrefix: `bench-cases-${randomBytes(3).toString('hex')}`,
  });
  try {
    // Throughput: every case started at once, timed to the last acknowledgement.
    const burst = await driveCases(fleet, CASES, Number.POSITIVE_INFINITY);
    printFigures({
      cases: CASES,
      cases_seconds: burst.seconds,
      complete_cases_per_s: CASES / burst.seconds,
      case_duration_p50_s: percentile(
        burst.cases.map((c) => (c.acknowledgedAt - c.referredAt) / 1000).sort((a, b) => a - b),
        0.5,
      ),
    });

    // Latency: referrals at a steady rate, each case carried on to the end.
    const steady = await driveCases(fleet, LATENCY_RATE * LATENCY_SECONDS, LATENCY_RATE);
    const latencies = await referralToDossierMs(
      environment.databaseUrl,
      steady.cases.map((c) => c.caseId),
    );
    printFigures({
      latency_offered_cases_per_s: LATENCY_RATE,
      latency_cases: steady.cases.length,
      latency_measured: latencies.length,
      latency_achieved_complete_cases_per_s: steady.cases.length / steady.seconds,
      referral_to_dossier_p50_ms: percentile(latencies, 0.5),
      referral_to_dossier_p99_ms: percentile(latencies, 0.99),
      referral_to_dossier_max_ms: latencies.at(-1) ?? Number.NaN,
    });
  } finally {
    await fleet.stop();
    await environment.release();
  }
}

runBench(main);
