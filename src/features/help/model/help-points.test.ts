import { expect, test } from 'vitest';
import data from '../../../../content/data/help-points.json';
import { HELP_POINTS, findHelpPoints } from './help-points';
import { helpPointsFileSchema } from './schema';

test('the help list fits its documented format, and sample entries say so', () => {
  expect(helpPointsFileSchema.safeParse(data).success).toBe(true);
  for (const point of HELP_POINTS.filter((p) => p.sample)) expect(point.name).toContain('(voorbeeld)');
});

test('the format check refuses an entry with a wrong postcode', () => {
  const broken = { points: [{ ...HELP_POINTS[0], postcodes: ['90000'] }] };
  expect(helpPointsFileSchema.safeParse(broken).success).toBe(false);
});

test('a postcode finds the places of its municipality', () => {
  const found = findHelpPoints('9000');
  expect(found.length).toBeGreaterThan(0);
  expect(new Set(found.map((p) => p.municipality))).toEqual(new Set(['Gent']));
});

test('a municipality is found whatever the case or accents', () => {
  expect(findHelpPoints('GÉNT').length).toBe(findHelpPoints('gent').length);
  expect(findHelpPoints('nowhere-town')).toEqual([]);
  expect(findHelpPoints('  ')).toEqual(HELP_POINTS);
});
