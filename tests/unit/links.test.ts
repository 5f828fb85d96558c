import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { distFile, staticPages } from '../support/pages';

/** Site links a page makes that do not lead to a built page or a known function. */
function brokenLinks(html: string): string[] {
  const functions = /^\/(api\/|[a-z]{2}\/(status|dossier|sign-in)\/?)/;
  return [...html.matchAll(/href="(\/[^"#?]*)/g)]
    .map((m) => m[1] ?? '')
    .filter((href) => !functions.test(href) && !existsSync(distFile(href.endsWith('/') ? href : `${href}/`)));
}

describe('every link inside the site leads to a page', () => {
  test.each(staticPages())('%s', (path) => {
    expect(brokenLinks(readFileSync(distFile(path), 'utf8'))).toEqual([]);
  });
});

test('the link check catches a link to a page that does not exist', () => {
  expect(brokenLinks('<a href="/LANG/login/">x</a><a href="/nl/">y</a>')).toEqual(['/LANG/login/']);
});
