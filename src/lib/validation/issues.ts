import type { z } from 'zod';
import { CONTROL_CHARACTER } from './plain-text';

/** Codes that mean the same in every field, so one text serves them all (errors.json). */
const SHARED_KEYS: Record<string, string> = { [CONTROL_CHARACTER]: 'field.controlCharacter' };

/** A validation problem as the interface shows it: the field and a translation key. */
export interface FieldError {
  field: string;
  key: string;
  /** The input the error summary links to, when it is not the one with the field's id (a date's `letter-day`). */
  target?: string;
}

/**
 * Turns zod issues into translation keys: `${form}.${field}.${code}`, where our schemas put
 * the code in the issue message ("required", "impossible"), or the one shared key of a code that
 * means the same everywhere. Raw zod text never reaches a person.
 * An issue on a part of a field (a date's day) links to that part's input: `letter-day`.
 */
export function toFieldErrors(form: string, error: z.ZodError): FieldError[] {
  const seen = new Set<string>();
  return error.issues.flatMap((issue) => {
    const field = String(issue.path[0] ?? 'form');
    if (seen.has(field)) return [];
    seen.add(field);
    const code = /^[a-z][a-zA-Z]*$/.test(issue.message) ? issue.message : 'invalid';
    const part = issue.path[1];
    const key = SHARED_KEYS[code] ?? `${form}.${field}.${code}`;
    return [typeof part === 'string' ? { field, key, target: `${field}-${part}` } : { field, key }];
  });
}
