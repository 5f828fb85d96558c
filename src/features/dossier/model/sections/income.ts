import { z } from 'zod';
import { numberFormat } from '../../../../lib/formatters';
import { todayInBelgium } from '../../../../lib/dates';
import type { Lang } from '../../../../lib/languages';
import { amountInCents } from '../../../../lib/validation/money-field';
import { taxYearField } from '../../../../lib/validation/tax-year';
import { choicesOf, fieldRow, tableFields, type SectionModule, type SectionTable } from './section-module';

// Every key is written out, so the translation check can see that it is used.
const options = {
  source: {
    'tax-assessment': 'dossier.option.source.taxAssessment',
    'last-three-months': 'dossier.option.source.lastThreeMonths',
  },
};
const labels = {
  source: 'dossier.field.source',
  taxYear: 'dossier.field.taxYear',
  amount: 'dossier.field.amount',
};

const SOURCES = choicesOf(options.source);

/** The year of today in Belgium, read at validation time so a schema never goes stale. */
const currentYear = () => Number(todayInBelgium().slice(0, 4));

const form = z
  .object({
    source: z.enum(SOURCES, { error: 'required' }),
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

const stored = z.object({
  source: z.enum(SOURCES),
  taxYear: z.number().int().nullable(),
  amountCents: z.number().int().min(0),
});
export type IncomeValues = z.output<typeof stored>;

const table: SectionTable<IncomeValues> = {
  table: 'incomes',
  rowOf: 'dossier',
  dossierKey: 'income',
  columns: { source: 'source', taxYear: 'tax_year', amountCents: 'amount_cents' },
  fieldOf: { amountCents: 'amount' },
};

/**
 * An amount in cents as a person types it: no thousands separator, a decimal comma
 * (a decimal point in English), as the income schema accepts both.
 * @example amountText(123456, 'nl') // '1234,56'
 */
export function amountText(cents: number, lang: Lang): string {
  const euros = Math.floor(cents / 100);
  const rest = String(cents % 100).padStart(2, '0');
  return `${euros}${lang === 'en' ? '.' : ','}${rest}`;
}

const euros = (cents: number, lang: Lang) =>
  numberFormat(lang, { style: 'currency', currency: 'EUR' }).format(cents / 100);

/** Which income counts (a tax assessment or the last three months), its year and the amount. */
export const income: SectionModule<IncomeValues> = {
  form,
  stored,
  table,
  labels,
  options,
  fields: () => tableFields(table),
  formValues: ({ income: values }, lang) => ({
    source: values.source,
    taxYear: values.taxYear === null ? '' : String(values.taxYear),
    amount: amountText(values.amountCents, lang),
  }),
  rows: ({ income: values }, t, lang) => [
    fieldRow(t, labels, 'source', t(options.source[values.source])),
    ...(values.taxYear === null ? [] : [fieldRow(t, labels, 'taxYear', String(values.taxYear))]),
    fieldRow(t, labels, 'amount', euros(values.amountCents, lang), ['amount', 'amountCents']),
  ],
};
