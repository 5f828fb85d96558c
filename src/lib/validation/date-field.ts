import { z } from 'zod';
import { parseDate } from '../dates';
import { readDateParts, type DatePart } from '../date-parts';

const typedDate = z.union([
  z.object({ day: z.string(), month: z.string(), year: z.string() }),
  z.string().trim().max(40, { error: 'invalid' }),
]);

/** One date typed as one text (an old link's `letter=2024-03-18`), read as before. */
function readOneText(text: string): { ok: true; date: string } | { ok: false; code: string; part: DatePart } {
  if (!text) return { ok: false, code: 'required', part: 'day' };
  const date = parseDate(text);
  return date === 'invalid' || date === 'impossible' ? { ok: false, code: date, part: 'day' } : { ok: true, date };
}

/**
 * A date as a person types it (day, month and year in three fields, or one text from an old
 * link), in the past or today. The issue's message is its code (required, missingDay, badYear,
 * impossible, future, tooOld…), its path the part the error summary links to.
 * `today` is passed in so the schema stays pure.
 */
export function pastDateField(today: string) {
  return typedDate.optional().transform((value, ctx) => {
    const read = typeof value === 'object' ? readDateParts(value) : readOneText(value ?? '');
    const late = read.ok && read.date > today ? 'future' : undefined;
    const code = read.ok ? (late ?? (read.date < '2000-01-01' ? 'tooOld' : undefined)) : read.code;
    if (!read.ok || code) {
      ctx.addIssue({ code: 'custom', message: code ?? 'invalid', path: [read.ok ? 'day' : read.part] });
      return z.NEVER;
    }
    return read.date;
  });
}
