import { dateTimeFormat } from './formatters';

const DAY_MS = 86_400_000;

/** Belgian time: a confirmation made at 23:30 in Gent is dated that day, whatever the server's zone. */
export const BELGIAN_TIME_ZONE = 'Europe/Brussels';

/** Today's calendar date in Belgium, as YYYY-MM-DD. */
export function todayInBelgium(now = new Date()): string {
  return dateTimeFormat('en-CA', { timeZone: BELGIAN_TIME_ZONE }).format(now);
}

/**
 * @example addDays('2024-03-18', 30) // '2024-04-17'
 */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Whole calendar days from one date to another (negative when `to` is earlier).
 * @example daysBetween('2024-04-10', '2024-04-17') // 7
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * Reads a date as people type it: 2024-03-18, 18/03/2024, 18-3-2024 or 18.03.2024.
 * Returns 'invalid' when it is not a date, 'impossible' when it cannot exist (30 February).
 */
export function parseDate(input: string): string | 'invalid' | 'impossible' {
  const text = input.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : dmy
      ? [dmy[3], dmy[2], dmy[1]]
      : [undefined, undefined, undefined];
  if (!year || !month || !day) return 'invalid';
  const value = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? 'impossible' : value;
}
