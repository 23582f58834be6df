import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually, freePortBlock } from '../support/environment';
import { http } from './support/http-client';
import { assertNoCprIn } from './support/privacy-scan';
import {
  cleanEnvironment,
  type RunningProcess,
  SERVICE_NAMES,
  type ServiceUrls,
  startProcess,
  waitForHealth,
} from './support/service-processes';
import { aCitizenCpr, driveThinFlow } from './support/thin-flow';

jest.setTimeout(180_000);

/** The README's first command, on a machine with no broker and no database configured. */
describe('the whole system on embedded defaults, started with npm start', () => {
  let basePort: number;
  let urls: ServiceUrls;
  const dataDir = mkdtempSync(join(tmpdir(), 'rehab-embedded-'));
  let system: RunningProcess;
  const cpr = aCitizenCpr();

  beforeAll(async () => {
    // Six service ports and the embedded database's port (base + 9) must be free.
    basePort = await freePortBlock(9);
    urls = Object.fromEntries(
      SERVICE_NAMES.map((name, index) => [name, `http://127.0.0.1:${basePort + index + 1}`]),
    ) as ServiceUrls;
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    system = startProcess('npm start', npm, ['start', '--silent'], cleanEnvironment({
      BASE_PORT: String(basePort),
      EMBEDDED_DATA_DIR: dataDir,
      EMBEDDED_DATABASE_PORT: String(basePort + 9),
    }));
    await eventually(() => Promise.resolve(system.output().includes('Rehabilitation-team orchestrator is running.')), {
      timeoutMs: 150_000,
      what: 'npm start to print where to go',
    }).catch((error: unknown) => {
      throw new Error(`${(error as Error).message}\n${system.output().slice(-4000)}`);
    });
    for (const name of SERVICE_NAMES) await waitForHealth(urls[name], system);
  });

  afterAll(async () => {
    await system.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('should print where each service and its API documentation is', () => {
    for (const name of SERVICE_NAMES) expect(system.output()).toContain(`${urls[name]}/docs`);
  });

  it('should report the embedded database and broker as healthy', async () => {
    const health = await http<{ checks: { database: string; broker: { status: string; kind: string } } }>(
      'GET',
      `${urls.meeting}/health`,
    );
    expect(health.body.checks).toEqual({ database: 'up', broker: { status: 'up', kind: 'embedded' } });
  });

  it('should carry a case from referral to the GP acknowledgement', async () => {
    const flow = await driveThinFlow(urls, cpr);
    expect(flow.timelineKinds).toEqual(expect.arrayContaining(['dossier-completed', 'decision-recorded', 'gp-outcome-acknowledged']));
  });

  it('should keep the CPR number out of the logs', () => {
    assertNoCprIn(cpr, { 'the system log': system.output() });
  });

  it('should stop gracefully on SIGTERM', async () => {
    expect(await system.stop()).toBe(0);
    expect(system.output()).toContain('"message":"stopped"');
  });
});
