import { readFile } from 'node:fs/promises';
import { type RunningProcess, startProcess, waitForHealth } from '../../test/e2e/support/service-processes';

/** Resident memory of a process, from the kernel (VmRSS), in MiB. */
export async function residentMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1]);
  if (!Number.isFinite(kib)) throw new Error(`no VmRSS for process ${pid}`);
  return kib / 1024;
}

export interface IdleMemory {
  /** Once every port answers /health. */
  startedMiB: number;
  /** After the settling time, with nothing asked of it: what an operator sees on a quiet day. */
  idleMiB: number;
}

const SETTLE_SECONDS = Number(process.env.BENCH_MEMORY_SETTLE_SECONDS ?? 15);

/**
 * Starts a process, waits until each of its URLs is healthy, lets it settle (timers fire,
 * consumers join their groups, garbage is collected as it would be) and reads its memory.
 */
export async function measureIdleMemory(
  name: string,
  script: string,
  environment: NodeJS.ProcessEnv,
  healthUrls: string[],
  nodeArguments: string[] = [],
): Promise<IdleMemory> {
  const child: RunningProcess = startProcess(name, process.execPath, [...nodeArguments, script], environment);
  try {
    await Promise.all(healthUrls.map((url) => waitForHealth(url, child, 180_000)));
    const pid = child.child.pid!;
    const startedMiB = await residentMiB(pid);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_SECONDS * 1000));
    return { startedMiB, idleMiB: await residentMiB(pid) };
  } finally {
    await child.stop();
  }
}
