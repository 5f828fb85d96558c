import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SECURITY_HEADERS } from './security-headers';
import { inlineCodeProblems } from '../../../tests/support/inline-code';
import { distFile, staticPages } from '../../../tests/support/pages';

const csp = SECURITY_HEADERS['Content-Security-Policy'] ?? '';

test('the policy allows no inline script and no framing', () => {
  expect(csp).toMatch(/script-src 'self'(;|$)/);
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).toContain("frame-ancestors 'none'");
  expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer');
  expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
});

describe('pages carry no inline code the policy would block', () => {
  test.each(staticPages())('%s', (path) => {
    expect(inlineCodeProblems(readFileSync(distFile(path), 'utf8'), csp)).toEqual([]);
  });
});

test('the check catches an inline script, a handler and an unknown style', () => {
  const bad = '<script>alert(1)</script><button onclick="x()">x</button><style>p{}</style>';
  expect(inlineCodeProblems(bad, csp)).toEqual([
    'inline script',
    'inline event handler',
    expect.stringContaining('inline style not allowed'),
  ]);
});

test('the static headers file carries the same headers as the functions', () => {
  const file = readFileSync('dist/_headers', 'utf8');
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(file).toContain(`${name}: ${value}`);
});
