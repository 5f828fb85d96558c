import { z } from 'zod';
import type { EditableSection } from './sections';
import { todayInBelgium } from '../../../lib/dates';
import { LANGUAGES } from '../../../lib/languages';
import { optionalEmail, optionalPhone } from '../../../lib/validation/contact-fields';
import { householdTicks } from '../../../lib/validation/household-ticks';
import { amountInCents } from '../../../lib/validation/money-field';
import { municipalitiesField } from '../../../lib/validation/municipalities-field';
import { taxYearField } from '../../../lib/validation/tax-year';
import { ADDRESS_MAX, NAME_MAX, requiredText } from '../../../lib/validation/text-field';

export const INCOME_SOURCES = ['tax-assessment', 'last-three-months'] as const;
export const REGISTERS = ['population', 'foreigners', 'reference-address'] as const;
export const SITUATIONS = ['private-rent', 'with-family', 'homeless', 'social-rent', 'owner', 'other'] as const;
export const HOME_TYPES = ['house', 'flat', 'both'] as const;

/** Name, birth date and national number come from the national register: not changeable here. */
const personal = z.object({
  phone: optionalPhone,
  email: optionalEmail,
  preferredLang: z.enum(LANGUAGES, { error: 'required' }),
});

/** The year of today in Belgium, read at validation time so a schema never goes stale. */
const currentYear = () => Number(todayInBelgium().slice(0, 4));

const income = z
  .object({
    source: z.enum(INCOME_SOURCES, { error: 'required' }),
    taxYear: z.string({ error: 'invalid' }).default(''),
    amount: amountInCents,
  })
  .superRefine(
    (values, ctx) => {
      if (values.source !== 'tax-assessment') return;
      const year = taxYearField(currentYear()).safeParse(values.taxYear);
      for (const issue of year.error?.issues ?? []) {
        ctx.addIssue({ code: 'custom', path: ['taxYear'], message: issue.message });
      }
    },
    // Also when another field is wrong: the person sees every problem at once.
    { when: ({ value }) => typeof value === 'object' && value !== null },
  )
  .transform(({ source, taxYear, amount }) => ({
    source,
    // Only a tax assessment has an income year; the last three months have none.
    taxYear: source === 'tax-assessment' ? Number(taxYear.trim()) : null,
    amountCents: amount,
  }));

const address = z.object({
  street: requiredText(ADDRESS_MAX),
  postcode: z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .regex(/^[1-9]\d{3}$/, { error: 'invalid' }),
  municipality: requiredText(NAME_MAX),
  register: z.enum(REGISTERS, { error: 'required' }),
  situation: z.enum(SITUATIONS, { error: 'required' }),
});

const choices = z.object({
  municipalities: municipalitiesField,
  homeType: z.enum(HOME_TYPES, { error: 'required' }),
});

/**
 * The change form of each dossier section, over urlencoded string values; the same schemas run
 * in the browser and in the functions. Issue messages are codes: `${section}.${field}.${code}`
 * in locales/<lang>/errors.json. Fields the form does not show (csrf, version) are ignored.
 */
export const sectionSchemas = {
  personal,
  household: householdTicks,
  income,
  address,
  choices,
} satisfies Record<EditableSection, z.ZodType>;

export type SectionValues = { [S in EditableSection]: z.output<(typeof sectionSchemas)[S]> };
