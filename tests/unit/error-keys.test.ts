import { expect, test } from 'vitest';
import errors from '../../locales/nl/errors.json';
import { deadlineSchema } from '../../src/lib/validation/deadline';
import { helpSearchSchema } from '../../src/lib/validation/help-points';
import { toFieldErrors } from '../../src/lib/validation/issues';
import { appealLetterSchema, proxyLetterSchema } from '../../src/lib/validation/letters';
import type { z } from 'zod';

const TODAY = '2026-01-15';
const long = (n: number) => 'x'.repeat(n + 1);
const badDates = [undefined, '', 'soon', '2026-02-30', '2027-01-01', '1999-12-31'];

/** Every bad input we know of, per form: together they must reach every error text. */
const corpus: Array<[string, z.ZodType, unknown[]]> = [
  ['deadline', deadlineSchema(TODAY), badDates.map((letter) => ({ letter, kind: 'nope' }))],
  [
    'proxy',
    proxyLetterSchema,
    [{}, { fullName: long(100), address: long(200), housingCompany: long(100), reason: 'x' }],
  ],
  [
    'appeal',
    appealLetterSchema(TODAY),
    [
      ...badDates.map((noticeDate) => ({ noticeDate })),
      { fullName: long(100), address: long(200), housingCompany: long(100), reason: long(2000) },
    ],
  ],
  ['help', helpSearchSchema, [{ q: long(60) }]],
];

test('every error a form can give has a text, and every error text can be given', () => {
  const produced = new Set<string>();
  for (const [form, schema, inputs] of corpus) {
    for (const input of inputs) {
      const result = schema.safeParse(input);
      if (!result.success) for (const e of toFieldErrors(form, result.error)) produced.add(e.key);
    }
  }
  expect([...produced].filter((key) => !(key in errors))).toEqual([]);
  expect(Object.keys(errors).filter((key) => !produced.has(key))).toEqual([]);
});
