import { retryDelayMs, type RetryPolicy } from './retry-schedule';

const policy = (overrides: Partial<RetryPolicy> = {}): RetryPolicy => ({ baseDelayMs: 1000, maxDelayMs: 60_000, ...overrides });

describe('retryDelayMs', () => {
  it('should wait the base delay when the first attempt failed', () => {
    expect(retryDelayMs(1, policy())).toBe(1000);
  });

  it('should double the delay when attempts keep failing', () => {
    expect([2, 3, 4].map((attempts) => retryDelayMs(attempts, policy()))).toEqual([2000, 4000, 8000]);
  });

  it('should never wait longer than the maximum when many attempts failed', () => {
    expect(retryDelayMs(50, policy({ maxDelayMs: 30_000 }))).toBe(30_000);
  });
});
