import { z } from 'zod';
import { fitsColumn } from './whole-number';

/**
 * The highest amount we accept, in euros: anything above is almost surely a typing error. It is
 * far inside income.amount_cents (bigint); the amount is checked against both.
 */
export const AMOUNT_MAX_EUROS = 1_000_000;

// "1234,56", "1234.56", "1234", "€ 1 234,5": digits with at most two decimals after , or .
const AMOUNT = /^(-?)(\d{1,9})(?:[.,](\d{1,2}))?$/;

/**
 * An amount in euros as people type it, to whole cents. Codes: required, invalid, tooLow, tooHigh.
 * @example amountInCents.parse('1234,5') // 123450
 */
export const amountInCents = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .max(30, { error: 'invalid' })
  .transform((value, ctx) => {
    const match = AMOUNT.exec(value.replace(/[\s€]/g, ''));
    if (!match) {
      ctx.addIssue({ code: 'custom', message: 'invalid' });
      return z.NEVER;
    }
    const [, minus, euros = '0', cents = '0'] = match;
    const amount = Number(euros) * 100 + Number(cents.padEnd(2, '0'));
    const problem =
      minus && amount > 0
        ? 'tooLow'
        : !fitsColumn(amount, { column: 'bigint', max: AMOUNT_MAX_EUROS * 100 })
          ? 'tooHigh'
          : null;
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    }
    return amount;
  });
