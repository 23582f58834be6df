import { join } from 'node:path';
import {
  cleanEnvironment,
  ROOT,
  type RunningProcess,
  SERVICE_NAMES,
  type ServiceName,
  type ServiceUrls,
  startIdentityProviderProcess,
  type IdentityProviderProcess,
  startProcess,
  waitForHealth,
} from '../../e2e/support/service-processes';
import { freePortBlock } from '../../support/environment';

/** The compiled entry point of a service, or of the one-process layout (`all-in-one`). */
export function compiledMain(name: ServiceName | 'all-in-one'): string {
  return join(ROOT, 'dist', 'apps', name, 'src', 'main.js');
}

export interface FleetSettings {
  databaseUrl: string;
  brokers: string;
  topicPrefix: string;
  /** Extra environment for every service. */
  environment?: NodeJS.ProcessEnv;
}

/**
 * The six services as separate processes, each on its own port, that can be killed and started
 * again on the same port, as a process supervisor would.
 */
export class ServiceFleet {
  readonly processes = new Map<ServiceName, RunningProcess>();
  /** Processes that ended without being told to, by name. */
  readonly unexpectedExits: string[] = [];
  private readonly deliberate = new Set<RunningProcess>();

  private constructor(
    readonly urls: ServiceUrls,
    private readonly ports: Record<ServiceName, number>,
    private readonly settings: FleetSettings,
    private readonly identity: IdentityProviderProcess,
  ) {}

  static async start(settings: FleetSettings): Promise<ServiceFleet> {
    const base = await freePortBlock(SERVICE_NAMES.length);
    const ports = Object.fromEntries(SERVICE_NAMES.map((name, index) => [name, base + index + 1])) as Record<
      ServiceName,
      number
    >;
    const urls = Object.fromEntries(
      SERVICE_NAMES.map((name) => [name, `http://127.0.0.1:${ports[name]}`]),
    ) as ServiceUrls;
    // Sign-in: the standalone development identity provider, as in the distributed layout.
    const fleet = new ServiceFleet(urls, ports, settings, await startIdentityProviderProcess());
    try {
      await Promise.all(SERVICE_NAMES.map((name) => fleet.launch(name)));
    } catch (error) {
      await fleet.stop();
      throw error;
    }
    return fleet;
  }

  async launch(name: ServiceName): Promise<void> {
    const child = startProcess(
      name,
      process.execPath,
      [compiledMain(name)],
      cleanEnvironment({
        ...this.identity.environment,
        PORT: String(this.ports[name]),
        DATABASE_URL: this.settings.databaseUrl,
        KAFKA_BROKERS: this.settings.brokers,
        KAFKA_TOPIC_PREFIX: this.settings.topicPrefix,
        JOB_CENTRE_URL: this.urls['job-centre'],
        LOG_LEVEL: 'warn',
        CONSUMER_RETRY_BACKOFF_MS: '100',
        OUTBOX_POLL_INTERVAL_MS: '200',
        ...this.settings.environment,
      }),
    );
    child.child.once('exit', () => {
      if (!this.deliberate.delete(child)) this.unexpectedExits.push(name);
    });
    this.processes.set(name, child);
    await waitForHealth(this.urls[name], child, 180_000);
  }

  /** `kill -9`: no shutdown hooks, no commits, no goodbyes to the broker. Then starts it again. */
  async killAndRestart(name: ServiceName): Promise<void> {
    const child = this.processes.get(name);
    if (child?.isRunning()) {
      this.deliberate.add(child);
      const exited = new Promise((resolve) => child.child.once('exit', resolve));
      child.child.kill('SIGKILL');
      await exited;
    }
    await this.launch(name);
  }

  /** Starts again any service that ended on its own (a supervisor's job); returns their names. */
  async reviveExited(): Promise<ServiceName[]> {
    const exited = SERVICE_NAMES.filter((name) => !this.processes.get(name)?.isRunning());
    await Promise.all(exited.map((name) => this.launch(name)));
    return exited;
  }

  output(name: ServiceName): string {
    return this.processes.get(name)?.output() ?? '';
  }

  async stop(): Promise<void> {
    await Promise.all(
      [...this.processes.values()].map((child) => {
        this.deliberate.add(child);
        return child.stop();
      }),
    );
    await this.identity.process.stop();
  }
}
