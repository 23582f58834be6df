import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Actor } from '@rehab/contracts';

/** What a piece of work is part of: the request or event that started it, and who did it. */
export interface RequestContext {
  correlationId: string;
  /** The event that caused this work, when it was caused by one. */
  causationId: string | null;
  actor: Actor;
  /** The service doing the work; several run in one process on the embedded defaults. */
  service?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const RequestContexts = {
  run<T>(context: RequestContext, work: () => T): T {
    return storage.run(context, work);
  },
  current(): RequestContext | undefined {
    return storage.getStore();
  },
  /** The current context, or a fresh one for work that no request or event started (a timer, say). */
  currentOr(service: string): RequestContext {
    return (
      storage.getStore() ?? {
        correlationId: randomUUID(),
        causationId: null,
        actor: { kind: 'service', id: service },
        service,
      }
    );
  },
};
