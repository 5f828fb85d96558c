import { z } from 'zod';
import { LETTER_KINDS } from './deadlines';
import { pastDateField } from '../../../lib/validation/date-field';

const schemas = new Map<string, ReturnType<typeof buildSchema>>();

function buildSchema(today: string) {
  return z.object({
    letter: pastDateField(today),
    kind: z.enum(LETTER_KINDS, { error: 'required' }),
  });
}

/**
 * The deadline form: the date on the letter and which letter it is. One schema per day, kept:
 * building and compiling a zod schema on every request cost a tenth of the answer's time.
 */
export function deadlineSchema(today: string) {
  let schema = schemas.get(today);
  if (!schema) {
    schemas.clear();
    schemas.set(today, (schema = buildSchema(today)));
  }
  return schema;
}
