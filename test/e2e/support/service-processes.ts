import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEV_CLIENT_SECRET } from '@rehab/platform';
import { eventually, freePortBlock } from '../../support/environment';
import { identityProviderEnvironment, TEST_AUDIENCE, TEST_ISSUER } from '../../support/identity';

/** The repository, whether this runs from the sources (tests) or compiled into dist (benchmarks). */
export const ROOT = repositoryRoot(__dirname);

function repositoryRoot(from: string): string {
  return existsSync(join(from, 'package.json')) ? from : repositoryRoot(dirname(from));
}

export const SERVICE_NAMES = [
  'job-centre',
  'health-coordinator',
  'social-psychiatry',
  'company-consultant',
  'meeting',
  'gp-correspondence',
] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];
export type ServiceUrls = Record<ServiceName, string>;

/** A process under test, with everything it printed kept for later inspection. */
export class RunningProcess {
  private readonly chunks: string[] = [];
  private exited: Promise<number | null>;

  constructor(
    readonly name: string,
    readonly child: ChildProcess,
  ) {
    child.stdout?.on('data', (chunk: Buffer) => this.chunks.push(chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => this.chunks.push(chunk.toString('utf8')));
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  output(): string {
    return this.chunks.join('');
  }

  isRunning(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Stops the process as an operator would (SIGTERM) and waits for it to exit. */
  async stop(timeoutMs = 20_000): Promise<number | null> {
    if (!this.isRunning()) return this.child.exitCode;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }
}

export function startProcess(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): RunningProcess {
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new RunningProcess(name, child);
}

export async function waitForHealth(url: string, process: RunningProcess, timeoutMs = 90_000): Promise<void> {
  const outcome = await eventually(
    async () => {
      // A process that exited will not come up: stop waiting at once.
      if (!process.isRunning()) return 'exited';
      const response = await fetch(`${url}/health`).catch(() => undefined);
      return response?.status === 200 && 'healthy';
    },
    { timeoutMs, intervalMs: 250, what: `${process.name} to answer ${url}/health` },
  ).catch((error: unknown) => {
    throw new Error(`${(error as Error).message}\n--- ${process.name} output ---\n${process.output().slice(-4000)}`);
  });
  if (outcome === 'exited') {
    throw new Error(`${process.name} exited early:\n${process.output().slice(-4000)}`);
  }
}

/**
 * The environment a child process gets: ours, minus anything that would point it elsewhere,
 * plus the test signing key, so that an identity provider it starts (npm start's) signs as
 * tokenFor does.
 */
export function cleanEnvironment(overrides: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'KAFKA_BROKERS', 'KAFKA_TOPIC_PREFIX', 'PORT', 'SERVICES', 'BASE_PORT'])
    delete env[name];
  for (const name of Object.keys(env))
    if (name.startsWith('AUTH_') || name.startsWith('DEV_IDENTITY_')) delete env[name];
  delete env.NODE_OPTIONS;
  return {
    ...env,
    LOG_LEVEL: 'info',
    ...identityProviderEnvironment(),
    // Every person of a browser test signs in from this one address within a minute or two.
    WEB_SIGN_IN_RATE_LIMIT_PER_MINUTE: '600',
    ...overrides,
  };
}

/** The development identity provider as its own process, and what a service needs to trust it. */
export interface IdentityProviderProcess {
  process: RunningProcess;
  /** AUTH_* settings for the services started beside it. */
  environment: NodeJS.ProcessEnv;
}

/**
 * Starts the standalone development identity provider (the distributed layout's), signing
 * with the test key so that tokenFor's tokens verify at the services too.
 */
export async function startIdentityProviderProcess(): Promise<IdentityProviderProcess> {
  const port = (await freePortBlock(1)) + 1;
  const url = `http://127.0.0.1:${port}`;
  const child = startProcess(
    'dev-identity-provider',
    process.execPath,
    ['dist/apps/all-in-one/src/identity-provider.js'],
    cleanEnvironment({ PORT: String(port) }),
  );
  await eventually(
    async () => {
      if (!child.isRunning()) throw new Error(`the identity provider exited:\n${child.output().slice(-2000)}`);
      return (await fetch(`${url}/.well-known/jwks.json`).catch(() => undefined))?.ok;
    },
    { timeoutMs: 30_000, intervalMs: 200, what: `the identity provider at ${url}` },
  );
  return {
    process: child,
    environment: {
      AUTH_ISSUER: TEST_ISSUER,
      AUTH_AUDIENCE: TEST_AUDIENCE,
      AUTH_JWKS_URL: `${url}/.well-known/jwks.json`,
      AUTH_TOKEN_URL: `${url}/token`,
      AUTH_CLIENT_SECRET: DEV_CLIENT_SECRET,
    },
  };
}

/** The six services as separate processes, each on its own port, beside the identity provider. */
export interface ServiceProcesses {
  urls: ServiceUrls;
  processes: RunningProcess[];
  stop(): Promise<void>;
}

/**
 * Starts the distributed layout the end-to-end tests run against: the standalone identity
 * provider, then every service from dist on real PostgreSQL and Kafka under one topic prefix,
 * and waits until each is healthy. `environment` adds a test's own settings to every service.
 */
export async function startServiceProcesses(options: {
  databaseUrl: string;
  brokers: readonly string[];
  prefix: string;
  environment?: NodeJS.ProcessEnv;
}): Promise<ServiceProcesses> {
  const basePort = await freePortBlock(SERVICE_NAMES.length);
  const urls = Object.fromEntries(
    SERVICE_NAMES.map((name, index) => [name, `http://127.0.0.1:${basePort + index + 1}`]),
  ) as ServiceUrls;
  const identity = await startIdentityProviderProcess();
  const processes = SERVICE_NAMES.map((name, index) =>
    startProcess(
      name,
      process.execPath,
      [`dist/apps/${name}/src/main.js`],
      cleanEnvironment({
        ...identity.environment,
        PORT: String(basePort + index + 1),
        DATABASE_URL: options.databaseUrl,
        KAFKA_BROKERS: options.brokers.join(','),
        KAFKA_TOPIC_PREFIX: options.prefix,
        KAFKA_TOPIC_PARTITIONS: '3',
        JOB_CENTRE_URL: urls['job-centre'],
        CONSUMER_RETRY_BACKOFF_MS: '50',
        ...options.environment,
      }),
    ),
  );
  const stop = async () => {
    await identity.process.stop();
    await Promise.all(processes.map((child) => child.stop()));
  };
  try {
    await Promise.all(processes.map((child, index) => waitForHealth(urls[SERVICE_NAMES[index]], child)));
  } catch (error) {
    await stop();
    throw error;
  }
  return { urls, processes, stop };
}
