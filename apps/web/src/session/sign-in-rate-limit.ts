import { Injectable } from '@nestjs/common';
import { RuntimeSettings } from '@rehab/platform';

const WINDOW_MS = 60_000;

/**
 * At most WEB_SIGN_IN_RATE_LIMIT_PER_MINUTE sign-in attempts (20 unless set) per client address
 * per minute: a fixed window, kept in memory, which is enough for the one web process a
 * municipality runs. Behind a proxy every colleague may share one address, so set it to what an
 * office's morning sign-in needs.
 */
@Injectable()
export class SignInRateLimit {
  private readonly limit: number;
  private readonly attempts = new Map<string, { windowStart: number; count: number }>();

  constructor(settings: RuntimeSettings) {
    this.limit = settings.number('WEB_SIGN_IN_RATE_LIMIT_PER_MINUTE', 20);
  }

  /** Counts one attempt from the address and says whether it may go ahead. */
  allow(address: string, now = Date.now()): boolean {
    const entry = this.attempts.get(address);
    if (!entry || now - entry.windowStart >= WINDOW_MS) {
      if (this.attempts.size > 10_000) this.forgetOld(now);
      this.attempts.set(address, { windowStart: now, count: 1 });
      return true;
    }
    entry.count += 1;
    return entry.count <= this.limit;
  }

  private forgetOld(now: number): void {
    for (const [address, entry] of this.attempts) {
      if (now - entry.windowStart >= WINDOW_MS) this.attempts.delete(address);
    }
  }
}
