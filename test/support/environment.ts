import { randomBytes } from 'node:crypto';

/** The database and broker the global setup prepared for this run. */
export function testDatabaseUrl(): string {
  const url = process.env.REHAB_TEST_DATABASE_URL;
  if (!url) throw new Error('REHAB_TEST_DATABASE_URL is not set; run the tests through jest (global setup)');
  return url;
}

export function testKafkaBrokers(): string[] {
  const brokers = process.env.KAFKA_BROKERS;
  if (!brokers) throw new Error('KAFKA_BROKERS is not set; run the tests through jest (global setup)');
  return brokers.split(',');
}

/** A fresh name for a schema, topic prefix or consumer group, so tests never share state. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${randomBytes(4).toString('hex')}`;
}

/** Polls until the probe returns a value, instead of sleeping for a guessed time. */
export async function eventually<T>(
  probe: () => Promise<T | undefined | null | false>,
  options: { timeoutMs?: number; intervalMs?: number; what?: string } = {},
): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 100));
  }
  const detail = lastError instanceof Error ? `: last error ${lastError.message}` : '';
  throw new Error(`Timed out waiting for ${options.what ?? 'a condition'}${detail}`);
}

/**
 * A base port whose next `count` ports are all free now, so services at base+1…base+count do
 * not collide with anything else on the machine (databases, brokers, other test runs).
 */
export async function freePortBlock(count: number): Promise<number> {
  const { createServer } = await import('node:net');
  const isFree = (port: number) =>
    new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const base = 20_000 + Math.floor(Math.random() * 30_000);
    const ports = Array.from({ length: count }, (_, index) => base + index + 1);
    const free = await Promise.all(ports.map(isFree));
    if (free.every(Boolean)) return base;
  }
  throw new Error(`Found no block of ${count} free ports`);
}
