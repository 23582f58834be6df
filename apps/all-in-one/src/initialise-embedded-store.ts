import { existsSync, mkdirSync } from 'node:fs';
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/**
 * Creates the embedded store's data directory in a short-lived child process when it does not
 * exist yet. PGlite runs initdb as a second WebAssembly instance whose memory (about 450 MB
 * resident) the process keeps after the store is up; in a child, it goes back to the system
 * when the child ends, and the first start costs what every later start costs.
 *
 * The store's shared buffers are set to `sharedBuffers` (PostgreSQL's 128MB unless given): they
 * live in the process's own memory, and a development store's data fits in far less.
 */
export async function initialiseEmbeddedStore(dataDir: string, sharedBuffers: string): Promise<void> {
  if (existsSync(join(dataDir, 'PG_VERSION'))) return;
  if (!/^\d+(kB|MB|GB)$/.test(sharedBuffers))
    throw new Error(`EMBEDDED_SHARED_BUFFERS must look like 32MB, not ${sharedBuffers}`);
  mkdirSync(dataDir, { recursive: true });
  const child = fork(__filename, [dataDir, sharedBuffers], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`the embedded store could not be created in ${dataDir} (exit code ${code})`);
}

if (require.main === module) {
  PGlite.create({ dataDir: process.argv[2] })
    // Read at every later start from postgresql.auto.conf, as on any PostgreSQL server.
    .then(async (db) => {
      await db.exec(`ALTER SYSTEM SET shared_buffers = '${process.argv[3]}'`);
      await db.close();
    })
    .then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
      },
    );
}
