import { RuntimeSettings } from '@rehab/platform';
import { SignInRateLimit } from './sign-in-rate-limit';

describe('SignInRateLimit', () => {
  const limiter = () => new SignInRateLimit(new RuntimeSettings({ WEB_SIGN_IN_RATE_LIMIT_PER_MINUTE: '3' }));

  it('should refuse the attempts beyond the limit when one address tries too often in a minute', () => {
    const limit = limiter();
    const now = Date.parse('2026-01-01T08:00:00Z');
    expect([1, 2, 3, 4, 5].map((second) => limit.allow('10.0.0.1', now + second * 1000))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(limit.allow('10.0.0.2', now + 5000)).toBe(true);
  });

  it('should allow attempts again when a minute has passed', () => {
    const limit = limiter();
    const now = Date.parse('2026-01-01T08:00:00Z');
    for (let attempt = 0; attempt < 5; attempt += 1) limit.allow('10.0.0.1', now);
    expect(limit.allow('10.0.0.1', now + 60_000)).toBe(true);
  });
});
