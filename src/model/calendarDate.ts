/** Dates written `YYYY-MM-DD` that must be days of the calendar (no `2030-02-31`). */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** True when `text` is `YYYY-MM-DD` naming a real day (Gregorian, year 0001 to 9999). */
export function isCalendarDate(text: string): boolean {
  const found = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!found) return false;
  const [year, month, day] = [Number(found[1]), Number(found[2]), Number(found[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const days = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  return day <= days;
}

/**
 * A source's date as the schema describes it: a calendar date, `YYYY-MM` (a real month),
 * `YYYY`, or the word `undated`. Anything else is free text the rule does not judge.
 */
export function sourceDateProblem(text: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) && !isCalendarDate(text)) {
    return `"${text}" is not a day of the calendar`;
  }
  const month = /^\d{4}-(\d{2})$/.exec(text);
  if (month && (Number(month[1]) < 1 || Number(month[1]) > 12)) {
    return `"${text}" is not a month of the calendar`;
  }
  return undefined;
}
