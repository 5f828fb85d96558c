import { todayInBelgium } from '../../src/lib/dates';
import { deadlineSchema } from '../../src/features/deadline/model/schema';
import { sectionSchemas } from '../../src/features/dossier/model/sections';
import { helpSearchSchema } from '../../src/features/help/model/schema';
import { toFieldErrors } from '../../src/lib/validation/issues';
import { appealLetterSchema, proxyLetterSchema } from '../../src/features/letters/model/schemas';
import { API_ERRORS } from '../../src/features/dossier/http/api-errors';
import { bookingSchema } from '../../src/features/sessions/model/booking-schema';
import { publishSchema } from '../../src/features/sessions/model/publish-schema';
import type { z } from 'zod';

const TODAY = '2026-01-15';
const long = (n: number) => 'x'.repeat(n + 1);
// The tax year rule counts back from the real current year.
const thisYear = Number(todayInBelgium().slice(0, 4));
const badDates = [
  undefined,
  '',
  'soon',
  '2026-02-30',
  '2027-01-01',
  '1999-12-31',
  ...[
    ['', '3', '2024'],
    ['1', '', '2024'],
    ['1', '3', ''],
    ['32', '3', '2024'],
    ['1', '13', '2024'],
    ['1', '3', '24'],
  ].map(([day = '', month = '', year = '']) => ({ day, month, year })),
];

/** Every bad input we know of, per form: together they must reach every error text. */
const corpus: Array<[string, z.ZodType, unknown[]]> = [
  ['deadline', deadlineSchema(TODAY), badDates.map((letter) => ({ letter, kind: 'nope' }))],
  [
    'proxy',
    proxyLetterSchema,
    [
      {},
      { fullName: long(100), address: long(200), housingCompany: long(100), reason: 'x' },
      { fullName: 'Amina\u0000' },
    ],
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
  [
    'sessions.book',
    bookingSchema,
    [{}, { firstName: long(60), phone: long(30) }, { firstName: 'Amina', phone: 'call me' }, { phone: '12' }],
  ],
  [
    'staffSessions.publish',
    publishSchema(TODAY),
    [
      { languages: [] },
      {
        place: long(100),
        address: long(150),
        postcode: '999',
        municipality: long(60),
        date: '2026-02-30',
        startTime: 'noon',
        endTime: '25:00',
        places: 'ten',
        languages: ['nl'],
        bring: long(500),
      },
      { date: '2026-01-14', places: '0', startTime: '14:00', endTime: '13:00', languages: ['nl'] },
      { date: '2027-01-16', languages: ['nl'] },
      {
        place: 'Zaal',
        address: 'Straat 1',
        postcode: '9000',
        municipality: 'Gent',
        date: '2026-02-01',
        startTime: '14:00',
        endTime: '13:00',
        places: '5',
        languages: ['nl'],
      },
    ],
  ],
  [
    'personal',
    sectionSchemas.personal,
    [
      { phone: '12', email: 'nope', preferredLang: 'xx' },
      { phone: long(30), email: `${long(254)}@x.be` },
    ],
  ],
  [
    'income',
    sectionSchemas.income,
    [
      { source: 'tax-assessment', taxYear: '', amount: '' },
      { source: 'tax-assessment', taxYear: '20x4', amount: '12,345' },
      { source: 'tax-assessment', taxYear: String(thisYear - 4), amount: '-5' },
      { source: 'tax-assessment', taxYear: String(thisYear), amount: '1000000,01' },
      { source: 'salary' },
    ],
  ],
  ['address', sectionSchemas.address, [{}, { street: long(200), postcode: '999', municipality: long(100) }]],
  [
    'choices',
    sectionSchemas.choices,
    [
      { municipalities: ' ,\n ' },
      { municipalities: Array.from({ length: 21 }, (_, i) => `Gemeente ${i}`).join('\n') },
      { municipalities: long(60) },
    ],
  ],
];

/** Errors the JSON API gives outside any form. */
const apiErrorKeys = Object.values(API_ERRORS).map((error) => error.key);

/**
 * Every error key the forms and the API can give, found by parsing the corpus: texts chosen by
 * code (form.field.code) rather than written out, so the translation check counts them as used.
 */
export function producedErrorKeys(): Set<string> {
  const produced = new Set<string>(apiErrorKeys);
  for (const [form, schema, inputs] of corpus) {
    for (const input of inputs) {
      const result = schema.safeParse(input);
      if (!result.success) for (const e of toFieldErrors(form, result.error)) produced.add(e.key);
    }
  }
  return produced;
}
