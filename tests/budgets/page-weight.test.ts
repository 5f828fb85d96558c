import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PAGE_BUDGET_GZIP_BYTES, gzipBytes } from '../support/page-weight';
import { distFile, staticPages } from '../support/pages';

describe('every page fits in the first round trip', () => {
  test.each(staticPages())('%s is at most 14,000 bytes gzipped', (path) => {
    expect(gzipBytes(readFileSync(distFile(path), 'utf8'))).toBeLessThanOrEqual(PAGE_BUDGET_GZIP_BYTES);
  });
});

test('the budget catches a page that is too heavy', () => {
  const heavy = `<p>${randomBytes(20_000).toString('base64')}</p>`;
  expect(gzipBytes(heavy)).toBeGreaterThan(PAGE_BUDGET_GZIP_BYTES);
});
