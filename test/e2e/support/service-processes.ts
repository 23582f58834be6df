import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { eventually } from '../../support/environment';

export const ROOT = join(__dirname, '..', '..', '..');

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

/** The environment a child process gets: ours, minus anything that would point it elsewhere. */
export function cleanEnvironment(overrides: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'KAFKA_BROKERS', 'KAFKA_TOPIC_PREFIX', 'PORT', 'SERVICES', 'BASE_PORT']) delete env[name];
  delete env.NODE_OPTIONS;
  return { ...env, LOG_LEVEL: 'info', ...overrides };
}
