/**
 * Anything written like a CPR number: a valid day and month, two year digits, then four digits,
 * with or without the hyphen, standing alone (not inside a UUID, a longer number or a word).
 */
const CPR_SHAPED = /(?<![0-9A-Za-z])(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}-?\d{4}(?![0-9A-Za-z])/g;

/**
 * Fails if the CPR number shows up anywhere in the given texts, written with or without its
 * hyphen, if any other CPR-shaped number does, or if anything had to be redacted as CPR-shaped
 * on its way into a log. The failure shows where, with digits masked, so the report itself
 * leaks nothing.
 */
export function assertNoCprIn(cpr: string, texts: Record<string, string>): void {
  const digits = cpr.replace('-', '');
  const forms = [digits, `${digits.slice(0, 6)}-${digits.slice(6)}`, '[cpr-redacted]'];
  const leaks: string[] = [];
  const report = (where: string, what: string, text: string, at: number, length: number) => {
    const context = text.slice(Math.max(0, at - 200), at + length + 100).replace(/\d/g, '#');
    leaks.push(`${where} (${what}): …${context}…`);
  };
  for (const [where, text] of Object.entries(texts)) {
    for (const form of forms) {
      const at = text.indexOf(form);
      if (at === -1) continue;
      report(where, form === '[cpr-redacted]' ? 'redacted CPR-shaped text' : 'the CPR number', text, at, form.length);
    }
    for (const match of text.matchAll(CPR_SHAPED)) {
      if (match[0].replace('-', '') === digits) continue; // reported above
      report(where, 'a CPR-shaped number', text, match.index, match[0].length);
    }
  }
  if (leaks.length > 0) throw new Error(`The CPR number, or something CPR-shaped, appeared in:\n${leaks.join('\n')}`);
}
