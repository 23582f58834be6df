import { danishPublicHolidays, isWorkingDay, workingDaysAfter, workingDaysBefore } from './working-days';

const at = (iso: string) => new Date(iso);

describe('working days', () => {
  it('should count back within the week when the span has no weekend', () => {
    // Friday 2026-11-27 09:00 → Tuesday 2026-11-24 09:00
    expect(workingDaysBefore(at('2026-11-27T08:00:00.000Z'), 3).toISOString()).toBe('2026-11-24T08:00:00.000Z');
  });

  it('should skip Saturday and Sunday when counting back from a Monday', () => {
    // Monday 2026-11-30 → Wednesday 2026-11-25
    expect(workingDaysBefore(at('2026-11-30T08:00:00.000Z'), 3).toISOString()).toBe('2026-11-25T08:00:00.000Z');
  });

  it('should cross a month end when the meeting is early in the month', () => {
    // Tuesday 2026-12-01 → Thursday 2026-11-26
    expect(workingDaysBefore(at('2026-12-01T08:00:00.000Z'), 3).toISOString()).toBe('2026-11-26T08:00:00.000Z');
    // Monday 2026-03-02 → Wednesday 2026-02-25 (February has 28 days)
    expect(workingDaysBefore(at('2026-03-02T08:00:00.000Z'), 3).toISOString()).toBe('2026-02-25T08:00:00.000Z');
  });

  it('should cross a year end when the meeting is early in January', () => {
    // Monday 2027-01-04 → Thursday 2026-12-31, skipping New Year's Day (Friday) and the weekend
    expect(workingDaysBefore(at('2027-01-04T08:00:00.000Z'), 1).toISOString()).toBe('2026-12-31T08:00:00.000Z');
  });

  it('should land on Friday when the start is a weekend day', () => {
    // Sunday 2026-11-29 one working day back → Friday 2026-11-27
    expect(workingDaysBefore(at('2026-11-29T10:00:00.000Z'), 1).toISOString()).toBe('2026-11-27T10:00:00.000Z');
  });

  it('should return the same moment when the count is zero', () => {
    expect(workingDaysBefore(at('2026-11-30T08:00:00.000Z'), 0).toISOString()).toBe('2026-11-30T08:00:00.000Z');
  });

  it('should skip the weekend when counting forward from a Friday', () => {
    expect(workingDaysAfter(at('2026-11-27T08:00:00.000Z'), 1).toISOString()).toBe('2026-11-30T08:00:00.000Z');
  });

  it('should tell weekdays from weekend days when asked', () => {
    expect(isWorkingDay(at('2026-11-27T12:00:00.000Z'))).toBe(true);
    expect(isWorkingDay(at('2026-11-28T12:00:00.000Z'))).toBe(false);
    expect(isWorkingDay(at('2026-11-29T12:00:00.000Z'))).toBe(false);
  });

  it('should refuse a count that is not a whole number when given one', () => {
    expect(() => workingDaysBefore(at('2026-11-27T08:00:00.000Z'), 1.5)).toThrow(RangeError);
  });

  it('should skip the Easter holidays when the span crosses Easter', () => {
    // Easter 2027 is 28 March: Maundy Thursday 25, Good Friday 26, Easter Monday 29 March.
    // Tuesday 30 March, three working days back: Wednesday 24, Tuesday 23, Monday 22 March.
    expect(workingDaysBefore(at('2027-03-30T08:00:00.000Z'), 3).toISOString()).toBe('2027-03-22T08:00:00.000Z');
  });

  it('should skip Christmas when the meeting is just after it', () => {
    // Monday 28 December 2026, one working day back: Thursday 24 December (Christmas Eve is no public holiday).
    expect(workingDaysBefore(at('2026-12-28T08:00:00.000Z'), 1).toISOString()).toBe('2026-12-24T08:00:00.000Z');
  });

  it('should list the Danish public holidays of a year when asked', () => {
    expect([...danishPublicHolidays(2026)].sort()).toEqual([
      '2026-01-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-05',
      '2026-04-06',
      '2026-05-14',
      '2026-05-24',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('should include Great Prayer Day when the year is before its abolition in 2024', () => {
    expect(danishPublicHolidays(2023).has('2023-05-05')).toBe(true);
    expect(isWorkingDay(at('2023-05-05T12:00:00.000Z'))).toBe(false);
  });
});
