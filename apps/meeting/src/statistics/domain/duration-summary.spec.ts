import { summariseDurations } from './duration-summary';

const span = (startDay: number, endDay: number) => ({
  start: new Date(Date.UTC(2026, 10, startDay)),
  end: new Date(Date.UTC(2026, 10, endDay)),
});

describe('summariseDurations', () => {
  it('should give no figures when nothing has been recorded', () => {
    expect(summariseDurations([])).toEqual({ count: 0, averageDays: null, medianDays: null, longestDays: null });
  });

  it('should give count, average, median and longest in days when steps were recorded', () => {
    expect(summariseDurations([span(1, 8), span(1, 37), span(1, 3)])).toEqual({
      count: 3,
      averageDays: 15,
      medianDays: 7,
      longestDays: 36,
    });
  });

  it('should take the middle two for the median when the count is even', () => {
    expect(summariseDurations([span(1, 2), span(1, 4)]).medianDays).toBe(2);
  });

  it('should count a step as 0 days when it was recorded before its start', () => {
    expect(summariseDurations([span(5, 4)]).longestDays).toBe(0);
  });
});
