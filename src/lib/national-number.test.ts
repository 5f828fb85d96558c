import { describe, expect, test } from 'vitest';
import { checkDigits, isValidNationalNumber, nationalNumberFor, normalizeNationalNumber } from './national-number';

describe('the national register number', () => {
  test('a number of someone born before 2000 with the right check number is valid', () => {
    expect(isValidNationalNumber('85073003328')).toBe(true);
  });

  test('dots, dashes and spaces as on the eID card are accepted', () => {
    expect(isValidNationalNumber('85.07.30-033.28')).toBe(true);
    expect(isValidNationalNumber('85 07 30 033 28')).toBe(true);
    expect(normalizeNationalNumber(' 85.07.30-033.28 ')).toBe('85073003328');
  });

  test('a wrong check number is refused', () => {
    expect(isValidNationalNumber('85073003329')).toBe(false);
    expect(isValidNationalNumber('85073003382')).toBe(false);
  });

  test('someone born in 2000 or later gets a check number computed with a 2 in front', () => {
    // 2 010101 003 mod 97 = 73, so the check number is 24; without the 2 it would differ.
    expect(checkDigits('010101003', true)).toBe('24');
    expect(isValidNationalNumber('01010100324')).toBe(true);
    expect(checkDigits('010101003', false)).not.toBe('24');
  });

  test('a remainder of zero gives check number 97', () => {
    // 97 × 1 000 000 = 097000000: nine digits divisible by 97.
    expect(checkDigits('097000000', false)).toBe('97');
  });

  test('too few or too many digits, letters or nothing at all are refused', () => {
    for (const input of ['', '8507300332', '850730033280', '85O73003328', 'abc']) {
      expect(isValidNationalNumber(input)).toBe(false);
    }
  });

  test('a number made for a birth date starts with that date and is valid', () => {
    const number = nationalNumberFor('2003-11-09', 84);
    expect(number.startsWith('031109084')).toBe(true);
    expect(isValidNationalNumber(number)).toBe(true);
    expect(nationalNumberFor('1985-07-30', 33)).toBe('85073003328');
  });
});
