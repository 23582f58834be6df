import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { ExchangeKeepingQueryQueue } from './exchange-keeping-query-queue';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * A PostgreSQL-compatible store inside this process (PGlite), served on a local port so the
 * services talk to it through the same driver as to a real server. PGlite is one session: the
 * socket server multiplexes clients and runs their transactions one after another.
 */
export async function startEmbeddedDatabase(options: { dataDir?: string; port: number }): Promise<EmbeddedDatabase> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  // Without a data directory the store lives in memory only.
  const db = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: options.port, maxConnections: 100 });
  // The library's queue lets concurrent clients' queries interleave; see ExchangeKeepingQueryQueue.
  (server as unknown as { queryQueue: ExchangeKeepingQueryQueue }).queryQueue = new ExchangeKeepingQueryQueue(db);
  await server.start();
  const { port } = server.getServerConn().match(/:(?<port>\d+)$/)?.groups ?? { port: String(options.port) };
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
