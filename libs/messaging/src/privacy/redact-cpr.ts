/**
 * Matches anything written like a CPR number: DDMMYY-SSSS or ten digits, standing alone. A
 * run of digits inside a longer token (a UUID's last group, say) is not a CPR number and is
 * left alone, so ids in logs stay intact. It over-matches on purpose otherwise: a false
 * positive only hides a number.
 */
const CPR_LIKE = /(?<![0-9A-Za-z])(\d{6})-?(\d{4})(?![0-9A-Za-z])/g;

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
