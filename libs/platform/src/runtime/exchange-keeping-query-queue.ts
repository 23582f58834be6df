import type { PGlite } from '@electric-sql/pglite';

interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
}

/** Messages of the extended query protocol that leave an exchange open until Sync. */
const OPENS_EXCHANGE = new Set(['P', 'B', 'D', 'E', 'H', 'C']);
/** Sync and a simple Query end an exchange. */
const CLOSES_EXCHANGE = new Set(['S', 'Q']);

/**
 * The order in which the embedded store runs its clients' protocol messages. PGlite is one
 * session, so messages from several connections must not interleave. pglite-socket 0.2.17
 * keeps a client's messages together only while a transaction is open: two clients' Parse,
 * Bind, Execute and Sync outside a transaction interleave ("unnamed prepared statement does
 * not exist"), and one failed message stops its queue for good. This queue keeps each
 * client's exchange together until its Sync (or for a whole transaction), and goes on after a
 * failure. It has the same shape as the library's own queue, which the server uses in its place.
 */
export class ExchangeKeepingQueryQueue {
  private queue: QueuedMessage[] = [];
  private processing = false;
  /** The client whose exchange or transaction is open; only its messages may run. */
  private owner: number | null = null;

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.process();
    });
  }

  getQueueLength(): number {
    return this.queue.length;
  }

  clearQueueForHandler(handlerId: number): void {
    this.queue = this.queue.filter((item) => {
      if (item.handlerId !== handlerId) return true;
      item.reject(new Error('Handler disconnected'));
      return false;
    });
  }

  /** A client went away in the middle of its exchange or transaction: undo it and let others on. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    this.owner = null;
    void this.process();
  }

  private async process(): Promise<void> {
    if (this.processing) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const index = this.owner === null ? 0 : this.queue.findIndex((item) => item.handlerId === this.owner);
        if (index === -1) break; // the owner's next message has not arrived yet
        const [item] = this.queue.splice(index, 1);
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          item.reject(error);
          continue;
        }
        const type = String.fromCharCode(item.message[0]);
        if (this.db.isInTransaction() || OPENS_EXCHANGE.has(type)) this.owner = item.handlerId;
        else if (CLOSES_EXCHANGE.has(type)) this.owner = null;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  }
}
