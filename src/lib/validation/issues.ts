import type { z } from 'zod';
import { CONTROL_CHARACTER } from './plain-text';

/** Codes that mean the same in every field, so one text serves them all (errors.json). */
const SHARED_KEYS: Record<string, string> = { [CONTROL_CHARACTER]: 'field.controlCharacter' };

/** A validation problem as the interface shows it: the field and a translation key. */
export interface FieldError {
  field: string;
  key: string;
}

/**
 * Turns zod issues into translation keys: `${form}.${field}.${code}`, where our schemas put
 * the code in the issue message ("required", "impossible"), or the one shared key of a code that
 * means the same everywhere. Raw zod text never reaches a person.
 */
export function toFieldErrors(form: string, error: z.ZodError): FieldError[] {
  const seen = new Set<string>();
  return error.issues.flatMap((issue) => {
    const field = String(issue.path[0] ?? 'form');
    if (seen.has(field)) return [];
    seen.add(field);
    const code = /^[a-z][a-zA-Z]*$/.test(issue.message) ? issue.message : 'invalid';
    return [{ field, key: SHARED_KEYS[code] ?? `${form}.${field}.${code}` }];
  });
}
