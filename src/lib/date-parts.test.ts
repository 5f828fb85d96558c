import { describe, expect, test } from 'vitest';
import { dateFormValues, datePartOfCode, datePartsOf, readDateParts } from './date-parts';

describe('readDateParts reads a date typed as day, month and year', () => {
  test.each([
    [{ day: '1', month: '3', year: '2024' }, '2024-03-01'],
    [{ day: ' 18 ', month: '03 ', year: ' 2024' }, '2024-03-18'],
    [{ day: '29', month: '2', year: '2024' }, '2024-02-29'],
  ])('%o is %s', (parts, iso) => {
    expect(readDateParts(parts)).toEqual({ ok: true, date: iso });
  });

  test.each([
    [{ day: '31', month: '02', year: '2024' }, 'impossible', 'day'],
    [{ day: '29', month: '2', year: '2023' }, 'impossible', 'day'],
    [{ day: '', month: '', year: '' }, 'required', 'day'],
    [{ day: '  ', month: '', year: '' }, 'required', 'day'],
    [{ day: '', month: '3', year: '2024' }, 'missingDay', 'day'],
    [{ day: '1', month: '', year: '2024' }, 'missingMonth', 'month'],
    [{ day: '1', month: '3', year: '' }, 'missingYear', 'year'],
    [{ day: '1', month: '3', year: '24' }, 'badYear', 'year'],
    [{ day: '1', month: '3', year: '20244' }, 'badYear', 'year'],
    [{ day: '32', month: '3', year: '2024' }, 'badDay', 'day'],
    [{ day: 'x', month: '3', year: '2024' }, 'badDay', 'day'],
    [{ day: '1', month: '13', year: '2024' }, 'badMonth', 'month'],
    [{ day: '1', month: '0', year: '2024' }, 'badMonth', 'month'],
  ])('%o is refused: %s, on the %s', (parts, code, part) => {
    expect(readDateParts(parts)).toEqual({ ok: false, code, part });
  });
});

test('a code about one part names that part; a code about the whole date names none', () => {
  expect(datePartOfCode('badYear')).toBe('year');
  expect(datePartOfCode('missingMonth')).toBe('month');
  expect(datePartOfCode('impossible')).toBeUndefined();
});

test('dateFormValues joins name-day, name-month and name-year into one value, and keeps an old single field', () => {
  expect(
    dateFormValues({ 'letter-day': '1', 'letter-month': '3', 'letter-year': '2024', kind: 'first' }, ['letter']),
  ).toEqual({ letter: { day: '1', month: '3', year: '2024' }, kind: 'first' });
  expect(dateFormValues({ letter: '2024-03-18' }, ['letter'])).toEqual({ letter: '2024-03-18' });
  expect(dateFormValues({ 'letter-day': '1' }, ['letter'])).toEqual({ letter: { day: '1', month: '', year: '' } });
  expect(dateFormValues({}, ['letter'])).toEqual({});
});

test('datePartsOf gives the parts to show again, from the parts typed or from one date', () => {
  expect(datePartsOf({ 'letter-day': '31', 'letter-month': '2', 'letter-year': '2024' }, 'letter')).toEqual({
    day: '31',
    month: '2',
    year: '2024',
  });
  expect(datePartsOf({ letter: '2024-03-18' }, 'letter')).toEqual({ day: '18', month: '3', year: '2024' });
  expect(datePartsOf({ letter: '18/03/2024' }, 'letter')).toEqual({ day: '18', month: '3', year: '2024' });
  expect(datePartsOf({ letter: 'soon' }, 'letter')).toEqual({ day: '', month: '', year: '' });
});
