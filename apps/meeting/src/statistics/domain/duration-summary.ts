/** How long a step of the process took across cases, in days. */
export interface DurationSummary {
  count: number;
  averageDays: number | null;
  medianDays: number | null;
  longestDays: number | null;
}

const DAY_MS = 86_400_000;

/** Summarises elapsed times; a step recorded before its start (e.g. decided ahead of the slot) counts as 0. */
export function summariseDurations(from: readonly { start: Date; end: Date }[]): DurationSummary {
  const days = from
    .map(({ start, end }) => Math.max(0, end.getTime() - start.getTime()) / DAY_MS)
    .sort((a, b) => a - b);
  if (days.length === 0) return { count: 0, averageDays: null, medianDays: null, longestDays: null };
  const middle = Math.floor(days.length / 2);
  const median = days.length % 2 === 1 ? days[middle] : (days[middle - 1] + days[middle]) / 2;
  return {
    count: days.length,
    averageDays: roundToTenth(days.reduce((sum, value) => sum + value, 0) / days.length),
    medianDays: roundToTenth(median),
    longestDays: roundToTenth(days[days.length - 1]),
  };
}

function roundToTenth(value: number): number {
  return Math.round(value * 10) / 10;
}
