import { containsCprLike, redactCpr } from './redact-cpr';

describe('redactCpr', () => {
  it('should hide a CPR number when it is written with or without the hyphen', () => {
    expect(redactCpr('citizen 010190-1234 referred')).toBe('citizen [cpr-redacted] referred');
    expect(redactCpr('{"cpr":"0101901234"}')).toBe('{"cpr":"[cpr-redacted]"}');
  });

  it('should leave a UUID intact when one of its groups holds a run of ten digits', () => {
    const ids = ['7c9e6679-7425-40de-944b-ab1234567890', 'f47ac10b-58cc-4372-a567-1234567890ab'];
    for (const id of ids) {
      expect(redactCpr(`correlationId=${id}`)).toBe(`correlationId=${id}`);
      expect(containsCprLike(id)).toBe(false);
    }
  });

  it('should leave longer numbers alone when they cannot be a CPR number', () => {
    expect(redactCpr('SOR 123456789012 and EAN 5790000123456')).toBe('SOR 123456789012 and EAN 5790000123456');
  });

  it('should find every CPR number when a text holds several', () => {
    expect(redactCpr('0101901234, 020290-4321')).toBe('[cpr-redacted], [cpr-redacted]');
    expect(containsCprLike('no numbers here')).toBe(false);
  });
});
