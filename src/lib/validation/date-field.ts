import { z } from 'zod';
import { parseDate } from '../dates';

/**
 * A date as a person types it, in the past or today. Codes: required, invalid, impossible, future.
 * `today` is passed in so the schema stays pure.
 */
export function pastDateField(today: string) {
  return z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(40, { error: 'invalid' })
    .transform((value, ctx) => {
      const date = parseDate(value);
      if (date === 'invalid' || date === 'impossible') {
        ctx.addIssue({ code: 'custom', message: date });
        return z.NEVER;
      }
      if (date > today) {
        ctx.addIssue({ code: 'custom', message: 'future' });
        return z.NEVER;
      }
      if (date < '2000-01-01') {
        ctx.addIssue({ code: 'custom', message: 'tooOld' });
        return z.NEVER;
      }
      return date;
    });
}
