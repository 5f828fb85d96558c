import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { TEST_CITIZENS } from '../../dev/seed/candidates';
import { isValidNationalNumber } from '../../src/lib/national-number';

/** As on the eID card: 85.07.30-033.28. */
const written = (n: string) => `${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 6)}-${n.slice(6, 9)}.${n.slice(9)}`;

describe('the test citizens', () => {
  test('each has a valid national number that starts with the birth date', () => {
    for (const c of TEST_CITIZENS) {
      expect(isValidNationalNumber(c.nationalNumber)).toBe(true);
      expect(c.nationalNumber.slice(0, 6)).toBe(c.birthDate.slice(2).replaceAll('-', ''));
    }
  });

  test('the README lists every one of them with national number and story', () => {
    const readme = readFileSync('README.md', 'utf8');
    const missing = TEST_CITIZENS.filter(
      (c) =>
        !readme.includes(`${c.givenName} ${c.familyName}`) ||
        !readme.includes(written(c.nationalNumber)) ||
        !readme.includes(c.story),
    );
    expect(missing.map((c) => c.givenName)).toEqual([]);
  });
});
