import { z } from 'zod';
import { wholeNumber } from './whole-number';

/** A tax assessment (aanslagbiljet) may be at most this many income years old. */
export const TAX_YEAR_MAX_AGE = 3;

/**
 * The income year of a tax assessment, from the year before `currentYear` back to
 * TAX_YEAR_MAX_AGE years. Codes: required, invalid, tooOld, future.
 * @example taxYearField(2026).parse('2024') // 2024
 */
export function taxYearField(currentYear: number) {
  return z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .regex(/^\d{4}$/, { error: 'invalid' })
    .transform((text, ctx) => {
      const year = wholeNumber(text, { column: 'integer' });
      if (year === null) ctx.addIssue({ code: 'custom', message: 'invalid' });
      return year ?? z.NEVER;
    })
    .refine((year) => year <= currentYear - 1, { error: 'future' })
    .refine((year) => year >= currentYear - TAX_YEAR_MAX_AGE, { error: 'tooOld' });
}
