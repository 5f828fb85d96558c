import { z } from 'zod';
import { LETTER_KINDS } from '../deadlines';
import { pastDateField } from './date-field';

/** The deadline form: the date on the letter and which letter it is. */
export function deadlineSchema(today: string) {
  return z.object({
    letter: pastDateField(today),
    kind: z.enum(LETTER_KINDS, { error: 'required' }),
  });
}
