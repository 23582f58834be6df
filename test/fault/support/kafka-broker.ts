import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePortBlock } from '../../support/environment';

const run = promisify(execFile);
const SCRIPTS = join(__dirname, '..', '..', '..', 'infra', 'kafka');

/**
 * A Kafka broker of the test's own, from infra/kafka with its own state directory and ports, so
 * restarting it disturbs no other test. A restart keeps the state directory: topics, offsets
 * and unconsumed messages survive it, as on a real broker.
 */
export class KafkaBroker {
  private constructor(
    private readonly stateDir: string,
    private readonly port: number,
  ) {}

  static async create(): Promise<KafkaBroker> {
    const stateDir = await mkdtemp(join(tmpdir(), 'rehab-fault-kafka-'));
    const base = await freePortBlock(2);
    const broker = new KafkaBroker(stateDir, base + 1);
    try {
      await broker.start();
    } catch (error) {
      await broker.destroy();
      throw error;
    }
    return broker;
  }

  get brokers(): string {
    return `127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    await run('bash', [join(SCRIPTS, 'start.sh')], {
      env: {
        ...process.env,
        KAFKA_STATE_DIR: this.stateDir,
        KAFKA_PORT: String(this.port),
        KAFKA_CONTROLLER_PORT: String(this.port + 1),
      },
    });
  }

  async stop(): Promise<void> {
    await run('bash', [join(SCRIPTS, 'stop.sh')], { env: { ...process.env, KAFKA_STATE_DIR: this.stateDir } });
  }

  async destroy(): Promise<void> {
    await run('bash', [join(SCRIPTS, 'stop.sh'), '--clean'], {
      env: { ...process.env, KAFKA_STATE_DIR: this.stateDir },
    }).catch(() => undefined);
  }
}
