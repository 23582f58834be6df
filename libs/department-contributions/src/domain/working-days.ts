/**
 * Working days (hverdage): Monday to Friday, except Danish public holidays (helligdage). Days
 * are counted on the UTC calendar, which is the Danish calendar day for any time between 02:00
 * and 22:00 Danish time, i.e. for any office-hours meeting.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm), as a UTC date. */
function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

const holidaysByYear = new Map<number, ReadonlySet<string>>();

/**
 * The Danish public holidays of a year as YYYY-MM-DD. Great Prayer Day (store bededag) was
 * abolished from 2024. Constitution Day and Christmas Eve are not public holidays.
 */
export function danishPublicHolidays(year: number): ReadonlySet<string> {
  const known = holidaysByYear.get(year);
  if (known) return known;
  const easter = easterSunday(year).getTime();
  const relativeToEaster = (days: number) => new Date(easter + days * DAY_MS).toISOString().slice(0, 10);
  const holidays = new Set([
    `${year}-01-01`, // nytårsdag
    relativeToEaster(-3), // skærtorsdag
    relativeToEaster(-2), // langfredag
    relativeToEaster(0), // påskedag
    relativeToEaster(1), // 2. påskedag
    ...(year < 2024 ? [relativeToEaster(26)] : []), // store bededag
    relativeToEaster(39), // Kristi himmelfartsdag
    relativeToEaster(49), // pinsedag
    relativeToEaster(50), // 2. pinsedag
    `${year}-12-25`, // juledag
    `${year}-12-26`, // 2. juledag
  ]);
  holidaysByYear.set(year, holidays);
  return holidays;
}

export function isWorkingDay(date: Date): boolean {
  const weekday = date.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !danishPublicHolidays(date.getUTCFullYear()).has(date.toISOString().slice(0, 10));
}

/**
 * The moment `count` working days before `from`, at the same time of day: three working days
 * before a Monday 09:00 meeting is the Wednesday before at 09:00.
 */
export function workingDaysBefore(from: Date, count: number): Date {
  return shiftByWorkingDays(from, -count);
}

/** The moment `count` working days after `from`, at the same time of day. */
export function workingDaysAfter(from: Date, count: number): Date {
  return shiftByWorkingDays(from, count);
}

function shiftByWorkingDays(from: Date, count: number): Date {
  if (!Number.isInteger(count) || Math.abs(count) > 3650) {
    throw new RangeError(`A number of working days must be a whole number up to 3650, not ${count}`);
  }
  const step = Math.sign(count) * DAY_MS;
  let remaining = Math.abs(count);
  let current = new Date(from.getTime());
  while (remaining > 0) {
    current = new Date(current.getTime() + step);
    if (isWorkingDay(current)) remaining -= 1;
  }
  return current;
}
