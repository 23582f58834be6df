/**
 * Matches anything shaped like a CPR number (DDMMYY-SSSS or ten digits), the way it is
 * commonly written. It over-matches on purpose: a false positive only hides a number.
 */
const CPR_LIKE = /(?<!\d)(\d{6})-?(\d{4})(?!\d)/g;

/** Replaces anything shaped like a CPR number, so it cannot reach a log, an error text or a header. */
export function redactCpr(text: string): string {
  return text.replace(CPR_LIKE, '[cpr-redacted]');
}

export function containsCprLike(text: string): boolean {
  CPR_LIKE.lastIndex = 0;
  const found = CPR_LIKE.test(text);
  CPR_LIKE.lastIndex = 0;
  return found;
}
