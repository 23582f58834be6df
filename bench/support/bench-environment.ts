import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

// Compiled to dist/bench/support, three levels below the repository.
const ROOT = join(__dirname, '..', '..', '..');

export interface BenchEnvironment {
  databaseUrl: string;
  brokers: string[];
  release(): Promise<void>;
}

/** Real PostgreSQL and real Kafka, as in the tests: a fresh database, and a broker we start if none is given. */
export async function prepareBenchEnvironment(): Promise<BenchEnvironment> {
  const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  // BENCH_DATABASE lets two benchmarks run side by side without dropping each other's database.
  const name = process.env.BENCH_DATABASE ?? 'rehab_bench';
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error('BENCH_DATABASE must be a plain lower-case database name');
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;

  let startedKafka = false;
  let brokers = process.env.KAFKA_BROKERS?.split(',');
  const stateDir = join(ROOT, '.data', 'kafka-bench');
  if (!brokers) {
    const output = execFileSync('bash', [join(ROOT, 'infra', 'kafka', 'start.sh')], {
      env: { ...process.env, KAFKA_STATE_DIR: stateDir, KAFKA_PORT: '19292' },
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
    });
    const line = output.split('\n').find((candidate) => candidate.startsWith('KAFKA_BROKERS='));
    if (!line) throw new Error('infra/kafka/start.sh did not print KAFKA_BROKERS');
    brokers = line.slice('KAFKA_BROKERS='.length).trim().split(',');
    startedKafka = true;
  }
  return {
    databaseUrl: url.toString(),
    brokers,
    release: () => {
      if (startedKafka) {
        execFileSync('bash', [join(ROOT, 'infra', 'kafka', 'stop.sh'), '--clean'], {
          env: { ...process.env, KAFKA_STATE_DIR: stateDir },
          stdio: 'inherit',
        });
      }
      return Promise.resolve();
    },
  };
}

export function machineDescription(): Record<string, string> {
  const cpu = cpus();
  return {
    machine_cpus: String(cpu.length),
    machine_cpu_model: JSON.stringify(cpu[0]?.model ?? 'unknown'),
    machine_memory_gib: (totalmem() / 1024 ** 3).toFixed(1),
    node: process.version,
  };
}

export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

export function printFigures(figures: Record<string, string | number>): void {
  for (const [key, value] of Object.entries(figures)) {
    process.stdout.write(`${key}=${typeof value === 'number' ? Number(value.toFixed(2)) : value}\n`);
  }
}
