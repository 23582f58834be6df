import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';

const ROOT = join(__dirname, '..', '..');
export const TEST_DATABASE = 'rehab_test';
export const TEST_KAFKA_STATE_DIR = join(ROOT, '.data', 'kafka-test');

/**
 * Integration and end-to-end tests run against the real PostgreSQL (DATABASE_URL, or the local
 * server) and a real Kafka broker (KAFKA_BROKERS, or one this setup starts from infra/kafka).
 */
export default async function globalSetup(): Promise<void> {
  const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `The tests need PostgreSQL at ${new URL(adminUrl).host}; start it or set DATABASE_URL (${(error as Error).message})`,
    );
  }
  if (!process.env.REHAB_TEST_DATABASE_URL) {
    await admin.query(`DROP DATABASE IF EXISTS ${TEST_DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEST_DATABASE}`);
    const url = new URL(adminUrl);
    url.pathname = `/${TEST_DATABASE}`;
    process.env.REHAB_TEST_DATABASE_URL = url.toString();
  }
  await admin.end();

  if (!process.env.KAFKA_BROKERS) {
    const output = execFileSync('bash', [join(ROOT, 'infra', 'kafka', 'start.sh')], {
      env: { ...process.env, KAFKA_STATE_DIR: TEST_KAFKA_STATE_DIR, KAFKA_PORT: '19192', KAFKA_CONTROLLER_PORT: '19193' },
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
    });
    const line = output.split('\n').find((candidate) => candidate.startsWith('KAFKA_BROKERS='));
    if (!line) throw new Error(`infra/kafka/start.sh did not print KAFKA_BROKERS: ${output}`);
    process.env.KAFKA_BROKERS = line.slice('KAFKA_BROKERS='.length).trim();
    process.env.REHAB_TEST_STARTED_KAFKA = '1';
  }
}
