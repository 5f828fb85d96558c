import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { articleText, isPlainEnough, measure } from '../../scripts/readability';
import { distFile, staticPages } from '../support/pages';

describe('every Dutch page is written at B1 level', () => {
  test.each(staticPages().filter((p) => p.startsWith('/nl/')))('%s', (path) => {
    const result = measure(articleText(readFileSync(distFile(path), 'utf8')));
    expect(result.words).toBeGreaterThan(50);
    expect(result, JSON.stringify(result)).toSatisfy(isPlainEnough);
  });
});

test('the check refuses officialese', () => {
  const officialese = readFileSync('tests/fixtures/officialese.nl.txt', 'utf8');
  const result = measure(officialese);
  expect(isPlainEnough(result)).toBe(false);
});

test('short everyday sentences pass', () => {
  expect(isPlainEnough(measure('Je kreeg een brief. Lees hem goed. Bel ons als je hulp nodig hebt.'))).toBe(true);
});
