import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';

interface UnitOfWork {
  manager: EntityManager;
  afterCommit: (() => void)[];
}

/**
 * Runs work in one database transaction and lets everything called inside it join that
 * transaction: a command handler called by a consumer writes its state, its outbox rows and
 * the consumer's inbox row in one commit.
 */
export class TransactionRunner {
  private readonly storage = new AsyncLocalStorage<UnitOfWork>();

  constructor(readonly dataSource: DataSource) {}

  async run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const current = this.storage.getStore();
    if (current) return work(current.manager);
    const afterCommit: (() => void)[] = [];
    const result = await this.dataSource.transaction((manager) =>
      this.storage.run({ manager, afterCommit }, () => work(manager)),
    );
    for (const callback of afterCommit) callback();
    return result;
  }

  /** The manager of the transaction in progress; throws outside one. */
  requireManager(purpose: string): EntityManager {
    const current = this.storage.getStore();
    if (!current) throw new Error(`${purpose} must run inside TransactionRunner.run()`);
    return current.manager;
  }

  inTransaction(): boolean {
    return this.storage.getStore() !== undefined;
  }

  /** Runs the callback once the current transaction has committed (never if it rolls back). */
  onCommit(callback: () => void): void {
    const current = this.storage.getStore();
    if (!current) {
      callback();
      return;
    }
    current.afterCommit.push(callback);
  }
}
