import { expect, test } from 'vitest';
import { COLUMN_RANGE, fitsColumn, wholeNumber } from './whole-number';

test('a version past the integer column is refused, one inside it is read', () => {
  expect(wholeNumber('2147483647', { column: 'integer', min: 1 })).toBe(COLUMN_RANGE.integer.max);
  expect(wholeNumber('2147483648', { column: 'integer', min: 1 })).toBeNull();
  expect(wholeNumber('9007199254740991', { column: 'integer', min: 1 })).toBeNull();
});

test('only plain digits count: no exponent, no decimals, nothing empty', () => {
  for (const text of ['1e3', '1.5', '', ' ', '0x10', '+1', undefined]) {
    expect(wholeNumber(text, { column: 'integer' })).toBeNull();
  }
  expect(wholeNumber(' 42 ', { column: 'integer' })).toBe(42);
});

test('the field bounds narrow the column, and a bigint stops at the safe integers', () => {
  expect(wholeNumber('0', { column: 'integer', min: 1 })).toBeNull();
  expect(fitsColumn(Number.MAX_SAFE_INTEGER, { column: 'bigint' })).toBe(true);
  expect(fitsColumn(Number.MAX_SAFE_INTEGER + 2, { column: 'bigint' })).toBe(false);
  expect(fitsColumn(100_000_001, { column: 'bigint', max: 100_000_000 })).toBe(false);
});
