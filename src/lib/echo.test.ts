import { expect, test } from 'vitest';
import { ECHO_MAX, echoed } from './echo';

test('a short input is shown back as typed', () => {
  expect(echoed('Gent')).toBe('Gent');
  expect(echoed('x'.repeat(ECHO_MAX))).toBe('x'.repeat(ECHO_MAX));
});

test('a long input is cut to ECHO_MAX characters, and "…" says that more was typed', () => {
  expect(echoed('x'.repeat(10_000))).toBe(`${'x'.repeat(ECHO_MAX)}…`);
  expect(echoed('abcdef', 3)).toBe('abc…');
});

test('a character of two code units is never cut in half', () => {
  const emoji = '😀'.repeat(ECHO_MAX + 5);
  expect(echoed(emoji)).toBe(`${'😀'.repeat(ECHO_MAX)}…`);
  expect(echoed('😀'.repeat(ECHO_MAX))).toBe('😀'.repeat(ECHO_MAX));
});
