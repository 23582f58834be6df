import { execFile } from 'node:child_process';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { eventually, freePortBlock } from '../../support/environment';

const run = promisify(execFile);

/**
 * PostgreSQL refuses to run as root; a root test run hands the server to an ordinary account
 * (FAULT_POSTGRES_OS_USER, `postgres` unless set).
 */
const SERVER_USER = process.getuid?.() === 0 ? (process.env.FAULT_POSTGRES_OS_USER ?? 'postgres') : undefined;

function asServerUser(command: string, args: string[]) {
  return SERVER_USER ? run('runuser', ['-u', SERVER_USER, '--', command, ...args]) : run(command, args);
}

async function handToServerUser(directory: string): Promise<void> {
  if (!SERVER_USER) return;
  const id = async (flag: string) => Number((await run('id', [flag, SERVER_USER])).stdout.trim());
  await chown(directory, await id('-u'), await id('-g'));
}

/**
 * A PostgreSQL server of the test's own, made with initdb in a temporary directory and run with
 * pg_ctl on a free port, so the test can crash and restart it without touching any server that
 * other work shares.
 */
export class PostgresCluster {
  private constructor(
    readonly dataDir: string,
    readonly port: number,
  ) {}

  static async create(): Promise<PostgresCluster> {
    const dataDir = await mkdtemp(join(tmpdir(), 'rehab-fault-pg-'));
    await handToServerUser(dataDir);
    await asServerUser('initdb', [
      '-D',
      dataDir,
      '-U',
      'postgres',
      '--auth=trust',
      '--no-sync',
      '-E',
      'UTF8',
      '--locale=C',
    ]);
    const cluster = new PostgresCluster(dataDir, (await freePortBlock(1)) + 1);
    await cluster.start();
    return cluster;
  }

  url(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async start(): Promise<void> {
    const options = [
      `-p ${this.port}`,
      '-c listen_addresses=127.0.0.1',
      `-c unix_socket_directories=${this.dataDir}`,
      '-c max_connections=300',
      // A crash of the server process, not of the machine: the page cache survives it.
      '-c fsync=off',
    ].join(' ');
    await asServerUser('pg_ctl', [
      '-D',
      this.dataDir,
      '-l',
      join(this.dataDir, 'server.log'),
      '-o',
      options,
      '-w',
      'start',
    ]);
    await eventually(async () => this.answers(), { timeoutMs: 30_000, what: 'the test PostgreSQL to answer' });
  }

  /** Stops the server the hard way (`immediate`: no checkpoint, recovery from the WAL at start). */
  async crash(): Promise<void> {
    await asServerUser('pg_ctl', ['-D', this.dataDir, '-m', 'immediate', '-w', 'stop']);
  }

  async createDatabase(name: string): Promise<string> {
    const client = new Client({ connectionString: this.url() });
    await client.connect();
    await client.query(`CREATE DATABASE ${name}`);
    await client.end();
    return this.url(name);
  }

  async destroy(): Promise<void> {
    await asServerUser('pg_ctl', ['-D', this.dataDir, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
    await rm(this.dataDir, { recursive: true, force: true });
  }

  private async answers(): Promise<boolean> {
    const client = new Client({ connectionString: this.url() });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}
