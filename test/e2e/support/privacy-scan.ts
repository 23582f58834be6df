/**
 * Fails if the CPR number shows up anywhere in the given texts, written with or without its
 * hyphen, or if anything had to be redacted as CPR-shaped on its way into a log. The failure
 * shows where, with digits masked, so the report itself leaks nothing.
 */
export function assertNoCprIn(cpr: string, texts: Record<string, string>): void {
  const digits = cpr.replace('-', '');
  const forms = [digits, `${digits.slice(0, 6)}-${digits.slice(6)}`, '[cpr-redacted]'];
  const leaks: string[] = [];
  for (const [where, text] of Object.entries(texts)) {
    for (const form of forms) {
      const at = text.indexOf(form);
      if (at === -1) continue;
      const context = text.slice(Math.max(0, at - 200), at + form.length + 100).replace(/\d/g, '#');
      leaks.push(`${where} (${form === '[cpr-redacted]' ? 'redacted CPR-shaped text' : 'the CPR number'}): …${context}…`);
    }
  }
  if (leaks.length > 0) throw new Error(`The CPR number, or something CPR-shaped, appeared in:\n${leaks.join('\n')}`);
}
