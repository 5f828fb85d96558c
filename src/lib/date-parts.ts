import { parseDate } from './dates';

/** A date as typed in the three fields of the GOV.UK date input. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DatePart = keyof DateParts;

export const DATE_PARTS: readonly DatePart[] = ['day', 'month', 'year'];

/** Why a typed date is refused; each code has a text per form in its feature's file (locales/<lang>/deadline.json, letters.json). */
export type DatePartsCode =
  'required' | 'missingDay' | 'missingMonth' | 'missingYear' | 'badDay' | 'badMonth' | 'badYear' | 'impossible';

export type DatePartsResult = { ok: true; date: string } | { ok: false; code: DatePartsCode; part: DatePart };

const PART_OF_CODE: Partial<Record<string, DatePart>> = {
  missingDay: 'day',
  missingMonth: 'month',
  missingYear: 'year',
  badDay: 'day',
  badMonth: 'month',
  badYear: 'year',
};

/**
 * The one field a code is about, or undefined when it is about the whole date (then all three
 * fields are marked, and the error summary links to the day).
 * @example datePartOfCode('badYear') // 'year'
 */
export function datePartOfCode(code: string): DatePart | undefined {
  return PART_OF_CODE[code];
}

const capital = (part: DatePart) => `${part[0]?.toUpperCase()}${part.slice(1)}`;
const inRange = (text: string, max: number) => /^\d{1,2}$/.test(text) && Number(text) >= 1 && Number(text) <= max;

/**
 * Reads day, month and year as people type them: spaces trimmed, 1 or 2 digits for day and
 * month, 4 for the year (a 2-digit year is refused: 24 could be 1924 or 2024). The first part
 * that is wrong is named, so the error summary can link to it.
 * @example readDateParts({ day: '1', month: '3', year: '2024' }) // { ok: true, date: '2024-03-01' }
 * @example readDateParts({ day: '31', month: '2', year: '2024' }) // { ok: false, code: 'impossible', part: 'day' }
 */
export function readDateParts(parts: DateParts): DatePartsResult {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return { ok: false, code: 'required', part: 'day' };
  const typed = { day, month, year };
  const missing = DATE_PARTS.find((part) => !typed[part]);
  if (missing) return { ok: false, code: `missing${capital(missing)}` as DatePartsCode, part: missing };
  if (!inRange(day, 31)) return { ok: false, code: 'badDay', part: 'day' };
  if (!inRange(month, 12)) return { ok: false, code: 'badMonth', part: 'month' };
  if (!/^\d{4}$/.test(year)) return { ok: false, code: 'badYear', part: 'year' };
  const date = parseDate(`${year}-${month}-${day}`);
  return date === 'invalid' || date === 'impossible'
    ? { ok: false, code: 'impossible', part: 'day' }
    : { ok: true, date };
}

type FormValues = Record<string, string | undefined>;

/** The three fields of date `name` as sent, or undefined when none of them was sent. */
function typedParts(values: FormValues, name: string): DateParts | undefined {
  if (!DATE_PARTS.some((part) => values[`${name}-${part}`] !== undefined)) return undefined;
  const [day = '', month = '', year = ''] = DATE_PARTS.map((part) => values[`${name}-${part}`] ?? '');
  return { day, month, year };
}

/**
 * A form's values with each date's three fields (`<name>-day`, `-month`, `-year`) joined into one
 * value for its schema. A date sent as one field (`letter=2024-03-18`, from an old link) is kept.
 * @example dateFormValues({ 'letter-day': '1', 'letter-month': '3', 'letter-year': '2024' }, ['letter'])
 * // { letter: { day: '1', month: '3', year: '2024' } }
 */
export function dateFormValues(values: FormValues, names: readonly string[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const name = key.replace(/-(day|month|year)$/, '');
    if (name === key || !names.includes(name)) result[key] = value;
  }
  for (const name of names) {
    const parts = typedParts(values, name);
    if (parts) result[name] = parts;
  }
  return result;
}

/**
 * The three parts to show in the fields again: as typed, or taken from one date (the answer's
 * date, or an old link's `letter=18/03/2024`). Nothing when the one date cannot be read.
 * @example datePartsOf({ letter: '2024-03-18' }, 'letter') // { day: '18', month: '3', year: '2024' }
 */
export function datePartsOf(values: FormValues, name: string): DateParts {
  const parts = typedParts(values, name);
  if (parts) return parts;
  const date = parseDate(values[name] ?? '');
  if (date === 'invalid' || date === 'impossible') return { day: '', month: '', year: '' };
  const [year = '', month = '', day = ''] = date.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}
