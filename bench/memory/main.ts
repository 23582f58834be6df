import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnvironment, SERVICE_NAMES } from '../../test/e2e/support/service-processes';
import { compiledMain } from '../../test/fault/support/service-fleet';
import { freePortBlock } from '../../test/support/environment';
import { testAuthSettings } from '../../test/support/identity';
import { runBench } from '../support/bench-run';
import { machineDescription, prepareBenchEnvironment, printFigures } from '../support/bench-environment';
import { measureIdleMemory } from './resident-memory';

/** The one-process layout serves its seven services on BASE_PORT + 0 (the web app) … BASE_PORT + 6. */
const EVERY_SERVICE = [0, 1, 2, 3, 4, 5, 6];
const JOB_CENTRE = [1];

function figures(prefix: string, memory: { startedMiB: number; idleMiB: number }): Record<string, number> {
  return { [`${prefix}_started_rss_mib`]: memory.startedMiB, [`${prefix}_idle_rss_mib`]: memory.idleMiB };
}

/** The one-process layout, embedded store and broker unless the environment names real ones. */
async function allInOne(
  prefix: string,
  environment: NodeJS.ProcessEnv,
  portOffsets = EVERY_SERVICE,
  nodeArguments: string[] = [],
) {
  const base = (await freePortBlock(9)) + 1;
  const dataDir = await mkdtemp(join(tmpdir(), 'rehab-memory-'));
  try {
    const memory = await measureIdleMemory(
      prefix,
      compiledMain('all-in-one'),
      cleanEnvironment({
        BASE_PORT: String(base),
        EMBEDDED_DATA_DIR: dataDir,
        EMBEDDED_DATABASE_PORT: String(base + 8),
        DEV_IDENTITY_PORT: String(base + 9),
        LOG_LEVEL: 'warn',
        ...environment,
      }),
      portOffsets.map((offset) => `http://127.0.0.1:${base + offset}`),
      nodeArguments,
    );
    printFigures(figures(prefix, memory));
    return memory;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * Resident memory of each service as its own process (real PostgreSQL and Kafka), and of the
 * one-process layout (`npm start`): embedded, then with parts swapped out, to show where the
 * memory goes.
 */
async function main(): Promise<void> {
  printFigures(machineDescription());
  const environment = await prepareBenchEnvironment();
  try {
    const auth = await testAuthSettings();
    let total = 0;
    // BENCH_MEMORY_SERVICES=0 measures the one-process layout only.
    for (const name of process.env.BENCH_MEMORY_SERVICES === '0' ? [] : SERVICE_NAMES) {
      const port = (await freePortBlock(1)) + 1;
      const memory = await measureIdleMemory(
        name,
        compiledMain(name),
        cleanEnvironment({
          PORT: String(port),
          DATABASE_URL: environment.databaseUrl,
          KAFKA_BROKERS: environment.brokers.join(','),
          KAFKA_TOPIC_PREFIX: 'bench-memory',
          LOG_LEVEL: 'warn',
          ...auth,
        }),
        [`http://127.0.0.1:${port}`],
      );
      total += memory.idleMiB;
      printFigures(figures(`service_${name.replace(/-/g, '_')}`, memory));
    }
    if (total > 0) printFigures({ services_total_idle_rss_mib: total });

    await allInOne('all_in_one_embedded', {});
    if (process.env.BENCH_MEMORY_BREAKDOWN !== '0') {
      // The same, with PostgreSQL instead of the embedded store: the difference is PGlite's.
      await allInOne('all_in_one_postgres', { DATABASE_URL: environment.databaseUrl });
      // One service on the embedded store: what the store and the runtime cost before the services.
      await allInOne('all_in_one_job_centre_only', { SERVICES: 'job-centre' }, JOB_CENTRE);
    }
  } finally {
    await environment.release();
  }
}

runBench(main);
