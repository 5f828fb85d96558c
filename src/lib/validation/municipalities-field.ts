import { z } from 'zod';
import { plainText } from './plain-text';

export const MUNICIPALITIES_MAX = 20;
export const MUNICIPALITY_NAME_MAX = 60;

/**
 * The municipalities a candidate wants to live in, typed as a list separated by commas,
 * semicolons or new lines; blanks and doubles are dropped. Codes: required, tooMany, tooLong,
 * controlCharacter.
 * @example municipalitiesField.parse('Gent, Merelbeke\nGent') // ['Gent', 'Merelbeke']
 */
export const municipalitiesField = plainText('required', { multiline: true })
  .max(MUNICIPALITIES_MAX * (MUNICIPALITY_NAME_MAX + 2), { error: 'tooMany' })
  .transform((text, ctx) => {
    const seen = new Set<string>();
    const names = text
      .split(/[,;\r\n]+/)
      .map((name) => name.trim().replace(/\s+/g, ' '))
      .filter((name) => name !== '' && !seen.has(name.toLowerCase()) && seen.add(name.toLowerCase()));
    const problem =
      names.length === 0
        ? 'required'
        : names.length > MUNICIPALITIES_MAX
          ? 'tooMany'
          : names.some((name) => name.length > MUNICIPALITY_NAME_MAX)
            ? 'tooLong'
            : null;
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    }
    return names;
  });
