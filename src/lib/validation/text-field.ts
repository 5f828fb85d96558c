import { z } from 'zod';

/** A required line or text of at most `max` characters. Codes: required, tooLong. */
export function requiredText(max: number) {
  return z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(max, { error: 'tooLong' });
}

export const NAME_MAX = 100;
export const ADDRESS_MAX = 200;
export const REASON_MAX = 2000;
