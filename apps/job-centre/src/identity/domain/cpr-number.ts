import { DomainError } from '@rehab/platform';

/**
 * A citizen's CPR number. It exists only inside the job centre: everything that leaves the
 * job centre carries the pseudonymous person id instead. Its text never appears in an error.
 */
export class CprNumber {
  private constructor(readonly digits: string) {}

  static parse(input: string): CprNumber {
    const digits = input.replace('-', '');
    if (!/^\d{10}$/.test(digits)) {
      throw DomainError.ruleViolated('The CPR number must be ten digits, optionally written DDMMYY-SSSS.');
    }
    const day = Number(digits.slice(0, 2));
    const month = Number(digits.slice(2, 4));
    if (day < 1 || day > 31 || month < 1 || month > 12) {
      throw DomainError.ruleViolated('The CPR number does not start with a valid date of birth (DDMMYY).');
    }
    return new CprNumber(digits);
  }

  /** Birth date from the first six digits and the century digit (the seventh), per CPR's rules. */
  birthDate(): Date {
    const day = Number(this.digits.slice(0, 2));
    const month = Number(this.digits.slice(2, 4));
    const year = Number(this.digits.slice(4, 6));
    const centuryDigit = Number(this.digits[6]);
    let century: number;
    if (centuryDigit <= 3) century = 1900;
    else if (centuryDigit === 4 || centuryDigit === 9) century = year <= 36 ? 2000 : 1900;
    else century = year <= 57 ? 2000 : 1800;
    return new Date(Date.UTC(century + year, month - 1, day));
  }

  toString(): string {
    return '[cpr]';
  }

  toJSON(): string {
    return '[cpr]';
  }
}
