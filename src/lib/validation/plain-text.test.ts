import { expect, test } from 'vitest';
import { CONTROL_CHARACTER, hasControlCharacter, plainText, withoutBidiControls } from './plain-text';
import { requiredText } from './text-field';

test('a NUL, an escape or a C1 control in a line is a control character; plain text is not', () => {
  for (const text of ['Gent\u0000', '\u001b[31m', 'a\u0085b', 'a\tb', 'a\nb', 'a\u007fb']) {
    expect(hasControlCharacter(text)).toBe(true);
  }
  expect(hasControlCharacter('Sint-Niklaas, Rue de l’Église 5 — شارع')).toBe(false);
});

test('a text of several lines allows tab and line breaks, still not a NUL', () => {
  expect(hasControlCharacter('Straat 1\r\n9000\tGent', { multiline: true })).toBe(false);
  expect(hasControlCharacter('Straat 1\u0000', { multiline: true })).toBe(true);
});

test('the characters that turn text around are left out, before the length is counted', () => {
  expect(withoutBidiControls('\u202aA\u202bB\u202cC\u202dD\u202eE\u2066F\u2067G\u2068H\u2069')).toBe('ABCDEFGH');
  expect(requiredText(3).parse('\u202e\u202eabc\u2069')).toBe('abc');
  expect(requiredText(3).safeParse('\u202e').error?.issues[0]?.message).toBe('required');
});

test('a control character is the first problem named, with its own code', () => {
  const result = requiredText(3).safeParse('abcdef\u0000');
  expect(result.error?.issues.map((issue) => issue.message)).toEqual([CONTROL_CHARACTER]);
  expect(plainText('invalid').safeParse(42).error?.issues[0]?.message).toBe('invalid');
});
