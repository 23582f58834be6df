import { DomainError } from '@rehab/platform';
import { CprNumber } from './cpr-number';

describe('CprNumber', () => {
  it('should accept ten digits with or without the hyphen', () => {
    expect(CprNumber.parse('010190-1234').digits).toBe('0101901234');
    expect(CprNumber.parse('0101901234').digits).toBe('0101901234');
  });

  it('should refuse a number when it is not ten digits, without quoting it', () => {
    expect.assertions(2);
    try {
      CprNumber.parse('01019012');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as Error).message).not.toContain('01019012');
    }
  });

  it('should refuse a number when its date part is impossible', () => {
    expect(() => CprNumber.parse('321390-1234')).toThrow(/date of birth/);
  });

  it('should derive the century from the seventh digit', () => {
    expect(CprNumber.parse('010105-4000').birthDate().getUTCFullYear()).toBe(2005);
    expect(CprNumber.parse('010190-4000').birthDate().getUTCFullYear()).toBe(1990);
    expect(CprNumber.parse('010190-1000').birthDate().getUTCFullYear()).toBe(1990);
  });

  it('should never print its digits when it is turned into text', () => {
    const cpr = CprNumber.parse('0101901234');
    expect(`${String(cpr)} ${JSON.stringify({ cpr })}`).not.toContain('0101901234');
  });
});
