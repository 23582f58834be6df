export interface RetryPolicy {
  /** Pause after the first failure; it doubles after each further failure. */
  baseDelayMs: number;
  maxDelayMs: number;
}

/** How long to wait before the next attempt, after this many failed attempts. */
export function retryDelayMs(failedAttempts: number, policy: RetryPolicy): number {
  const exponent = Math.max(0, Math.min(failedAttempts - 1, 30));
  return Math.min(policy.baseDelayMs * 2 ** exponent, policy.maxDelayMs);
}
