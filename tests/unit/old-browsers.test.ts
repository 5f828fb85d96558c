import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'acorn';
import { describe, expect, test } from 'vitest';
import { siteCss } from '../../src/ui/site-css';
import { oldBrowserFindings, supportedBrowsers } from '../support/old-browsers';
import { distFile, staticPages } from '../support/pages';

/**
 * doiuse features the site uses on purpose although some supported browser lacks them: each
 * degrades gracefully there, as said beside it. Logical properties are not here: each needs a
 * physical fallback (tests/support/old-browsers.ts).
 */
const IGNORED = [
  // system-ui: Firefox before 92 and KaiOS skip it and take the next font of the list.
  'font-family-system-ui',
  // text-size-adjust: iOS Safari reads the -webkit- line before it; others do not inflate text.
  'text-size-adjust',
  // overflow-wrap: KaiOS 2.5 lacks only the value `anywhere`; the site uses `break-word`.
  'wordwrap',
  // text-decoration-thickness: a thicker underline on hover and on the current language; old
  // engines keep the normal underline, and aria-current and bold type still mark it.
  'text-decoration',
  // :focus-visible: old engines drop the rule and draw their own focus ring, which stays visible.
  'css-focus-visible',
  // overflow: only the two-value form and `clip` are partial; the site uses one `hidden`.
  'css-overflow',
  // clip-path in .vh: `clip:rect(0 0 0 0)` before it hides the text in old engines.
  'css-clip-path',
  'css-masks',
];

/** The CSS of every built page that is not the inline site CSS (a <style> or a .css file). */
function otherBuiltCss(): Array<[string, string]> {
  const found = new Map<string, string>();
  for (const page of staticPages()) {
    const html = readFileSync(distFile(page), 'utf8');
    for (const [, css = ''] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
      if (css !== siteCss && !found.has(css)) found.set(css, `${page} <style>`);
    }
  }
  const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.css'));
  for (const file of files) found.set(readFileSync(path.join('dist', file), 'utf8'), file);
  return [...found].map(([css, from]) => [from, css]);
}

describe('every supported old browser reads the site CSS', () => {
  test('the list names the old phones and browsers people still use', () => {
    expect(supportedBrowsers()).toEqual(
      expect.arrayContaining(['ios_saf >= 12', 'chrome >= 61', 'samsung >= 8', 'firefox >= 60', 'kaios >= 2.5']),
    );
  });

  test('the inline site CSS (src/ui/site-css.ts)', async () => {
    expect(await oldBrowserFindings(siteCss, 'site-css.ts', IGNORED)).toEqual([]);
  });

  test('any other CSS in the built pages', async () => {
    const findings = await Promise.all(otherBuiltCss().map(([from, css]) => oldBrowserFindings(css, from, IGNORED)));
    expect(findings.flat()).toEqual([]);
  });
});

test('the gate catches CSS that an old browser does not read', async () => {
  const css = readFileSync('tests/fixtures/old-browsers/unsupported.css', 'utf8');
  expect(await oldBrowserFindings(css, 'unsupported.css', IGNORED)).toEqual([
    'unsupported.css:2:25 css-logical-props inset-inline-start: no left before it',
    'unsupported.css:3:1 flexbox-gap .row: not read',
    'unsupported.css:5:30 css-logical-props padding-inline-start: no [dir=rtl] rule for .one-sided',
  ]);
});

/** The site's own scripts, served as they are: no build step turns new syntax into old. */
const publicScripts = () => readdirSync('public').filter((file) => file.endsWith('.js'));

/** Where a script uses syntax newer than ES5 (an arrow, `let`, a trailing comma in a call...), or ''. */
function es5Problem(source: string): string {
  try {
    parse(source, { ecmaVersion: 5, sourceType: 'script' });
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('every script in public/ is ES5, which Safari 12, Chrome 61 and KaiOS 2.5 all read', () => {
  test.each(publicScripts())('%s', (file) => {
    expect(es5Problem(readFileSync(path.join('public', file), 'utf8'))).toBe('');
  });
});

test('the ES5 gate catches newer syntax', () => {
  expect(es5Problem('var a = function (b) { return b; };')).toBe('');
  expect(es5Problem('const a = (b) => b;')).not.toBe('');
  expect(es5Problem('f(1, 2,);')).not.toBe('');
  expect(es5Problem('var s = `x`;')).not.toBe('');
});
