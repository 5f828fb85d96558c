import { z } from 'zod';
import { addDays, parseDate } from '../../../lib/dates';
import { LANGUAGES, type Lang } from '../../../lib/languages';
import { plainText } from '../../../lib/validation/plain-text';
import { requiredText } from '../../../lib/validation/text-field';

export const VENUE_MAX = 100;
export const ADDRESS_MAX = 150;
export const MUNICIPALITY_MAX = 60;
export const BRING_MAX = 500;
export const PLACES_MAX = 200;
/** A session is published at most a year ahead. */
export const AHEAD_DAYS = 365;

const TIME = /^([01]?\d|2[0-3])[:.h]([0-5]\d)$/;
/** "9:30", "09.30" or "9h30" as "09:30"; null when it is no time of day. */
export function timeOf(text: string): string | null {
  const match = TIME.exec(text.trim());
  return match ? `${(match[1] ?? '').padStart(2, '0')}:${match[2] ?? ''}` : null;
}

const timeField = plainText('required')
  .trim()
  .min(1, { error: 'required' })
  .transform((text, ctx) => timeOf(text) ?? (ctx.addIssue({ code: 'custom', message: 'invalid' }), z.NEVER));

/**
 * The form a staff member fills in to publish a session. `today` is Belgium's date; the start must
 * be after `now`, at most AHEAD_DAYS ahead, the end after the start, 1–200 places, one language or more.
 * The form sends each language as its own checkbox `speaks-<lang>`; the service gathers them first.
 * Codes per field: required, tooLong, controlCharacter, invalid, and past, tooFar, beforeStart, range.
 */
export function publishSchema(today: string) {
  return z
    .object({
      place: requiredText(VENUE_MAX),
      address: requiredText(ADDRESS_MAX),
      postcode: plainText('required')
        .trim()
        .min(1, { error: 'required' })
        .regex(/^[1-9]\d{3}$/, { error: 'invalid' }),
      municipality: requiredText(MUNICIPALITY_MAX),
      date: plainText('required')
        .trim()
        .min(1, { error: 'required' })
        .transform((text, ctx) => {
          const date = parseDate(text);
          if (date === 'invalid' || date === 'impossible') {
            ctx.addIssue({ code: 'custom', message: 'invalid' });
            return z.NEVER;
          }
          if (date < today) ctx.addIssue({ code: 'custom', message: 'past' });
          else if (date > addDays(today, AHEAD_DAYS)) ctx.addIssue({ code: 'custom', message: 'tooFar' });
          return date;
        }),
      startTime: timeField,
      endTime: timeField,
      places: plainText('required')
        .trim()
        .min(1, { error: 'required' })
        .regex(/^\d{1,3}$/, { error: 'invalid' })
        .transform(Number)
        .refine((n) => n >= 1 && n <= PLACES_MAX, { error: 'range' }),
      languages: z.array(z.enum(LANGUAGES)).min(1, { error: 'required' }),
      bring: plainText('invalid', { multiline: true }).trim().max(BRING_MAX, { error: 'tooLong' }).default(''),
    })
    .superRefine((value, ctx) => {
      if (value.endTime <= value.startTime) ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'beforeStart' });
    });
}
export type PublishForm = z.infer<ReturnType<typeof publishSchema>>;

/** The languages ticked on the form, in the site's order. */
export const tickedLanguages = (values: Record<string, string>): Lang[] =>
  LANGUAGES.filter((lang) => values[`speaks-${lang}`] !== undefined);
