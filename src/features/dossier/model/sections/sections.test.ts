import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { namespaceOf, resources } from '../../../../lib/locale-resources';
import { todayInBelgium } from '../../../../lib/dates';
import { sectionSchemas, type EditableSection } from '.';
import { toFieldErrors } from '../../../../lib/validation/issues';

const year = Number(todayInBelgium().slice(0, 4));
const SECTIONS = Object.keys(sectionSchemas) as EditableSection[];
const FIELDS = [
  'phone',
  'email',
  'preferredLang',
  'source',
  'taxYear',
  'amount',
  'street',
  'postcode',
  'municipality',
  'register',
  'situation',
  'municipalities',
  'homeType',
  'csrf',
  'version',
  'disability-123e4567-e89b-12d3-a456-426614174000',
  'dependent-123e4567-e89b-12d3-a456-426614174000',
];

/** What a form or a script could send: strings mostly, but anything JSON can hold too. */
const anyValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.constantFrom('', ' ', '0', '-1', '1e9', '2024', '9000', '1234,56', 'tax-assessment', 'nl', 'flat', '\u0000'),
  fc.anything(),
);
const anyForm = fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), fc.string()), anyValue);

describe('the section change forms', () => {
  test.each(SECTIONS)('%s: random input never throws, and every refusal is one of our error texts', (section) => {
    fc.assert(
      fc.property(anyForm, (values) => {
        const result = sectionSchemas[section].safeParse(values);
        if (result.success) return;
        // Our codes only ("required", "tooLong"), never zod's own English sentences.
        for (const issue of result.error.issues) expect(issue.message).toMatch(/^[a-z][a-zA-Z]*$/);
        for (const { key } of toFieldErrors(section, result.error))
          expect(resources.nl[namespaceOf(key)]).toHaveProperty([key]);
      }),
      { numRuns: 500 },
    );
  });

  test.each(SECTIONS)('%s: values that are not a form at all never throw', (section) => {
    fc.assert(fc.property(fc.anything(), (value) => void sectionSchemas[section].safeParse(value)));
  });

  test('an amount typed with a comma or a point becomes whole cents', () => {
    const parse = (amount: string) => sectionSchemas.income.parse({ source: 'last-three-months', amount }).amountCents;
    expect([parse('1234,56'), parse('1234.56'), parse('€ 1 234,5'), parse('0')]).toEqual([123456, 123456, 123450, 0]);
  });

  test('a tax assessment needs an income year of at most 3 years ago; the last three months need none', () => {
    const income = (taxYear: string) =>
      sectionSchemas.income.safeParse({ source: 'tax-assessment', taxYear, amount: '1' });
    expect(income(String(year - 3)).success).toBe(true);
    expect(income(String(year - 4)).error?.issues[0]?.message).toBe('tooOld');
    expect(income(String(year)).error?.issues[0]?.message).toBe('future');
    expect(sectionSchemas.income.parse({ source: 'last-three-months', taxYear: 'x', amount: '1' }).taxYear).toBeNull();
  });

  test('an empty phone and e-mail mean "none"; a Belgian or international number is kept as typed', () => {
    const personal = (phone: string) => sectionSchemas.personal.parse({ phone, email: '', preferredLang: 'ar' });
    expect(personal('')).toEqual({ phone: null, email: null, preferredLang: 'ar' });
    expect(personal('+32 470 12 34 56').phone).toBe('+32 470 12 34 56');
    expect(sectionSchemas.personal.safeParse({ phone: '12345', preferredLang: 'nl' }).success).toBe(false);
  });

  test('municipalities are split on commas, semicolons and new lines, without blanks or doubles', () => {
    const { municipalities } = sectionSchemas.choices.parse({
      municipalities: 'Gent, gent;\n\nMerelbeke ',
      homeType: 'flat',
    });
    expect(municipalities).toEqual(['Gent', 'Merelbeke']);
  });

  test('a postcode is four digits from 1000 to 9999', () => {
    const address = (postcode: string) =>
      sectionSchemas.address.safeParse({
        street: 'Kerkstraat 1',
        postcode,
        municipality: 'Gent',
        register: 'population',
        situation: 'other',
      }).success;
    expect([address('9000'), address('1000'), address('0999'), address('90000'), address('9 000')]).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  test('household checkboxes become lists of member ids; other fields are ignored', () => {
    const id = '123e4567-e89b-12d3-a456-426614174000';
    expect(sectionSchemas.household.parse({ [`disability-${id}`]: 'yes', 'dependent-nope': 'yes', csrf: 'x' })).toEqual(
      {
        disability: [id],
        dependent: [],
      },
    );
  });
});
