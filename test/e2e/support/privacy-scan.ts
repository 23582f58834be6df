/**
 * Fails if the CPR number shows up anywhere in the given texts, written with or without its
 * hyphen, or if anything had to be redacted as CPR-shaped on its way into a log.
 */
export function assertNoCprIn(cpr: string, texts: Record<string, string>): void {
  const digits = cpr.replace('-', '');
  const forms = [digits, `${digits.slice(0, 6)}-${digits.slice(6)}`];
  const leaks = Object.entries(texts)
    .filter(([, text]) => forms.some((form) => text.includes(form)) || text.includes('[cpr-redacted]'))
    .map(([where]) => where);
  if (leaks.length > 0) throw new Error(`The CPR number (or something CPR-shaped) appeared in: ${leaks.join(', ')}`);
}
