import { z } from 'zod';
import { plainText } from '../../../lib/validation/plain-text';
import { requiredText } from '../../../lib/validation/text-field';

export const FIRST_NAME_MAX = 60;
export const PHONE_MIN_DIGITS = 9;
export const PHONE_MAX_DIGITS = 15;
/** Digits with the signs people write in a phone number. */
const PHONE_SIGNS = /^[0-9 +./()-]*$/;
const digitCount = (text: string) => text.replace(/\D/g, '').length;

/**
 * A booking: a first name and a phone number to reach the person if the session changes.
 * Codes: required, tooLong, controlCharacter; phone also invalid (other signs) and digits (not 9–15 digits).
 */
export const bookingSchema = z.object({
  firstName: requiredText(FIRST_NAME_MAX),
  phone: plainText('required')
    .trim()
    .min(1, { error: 'required' })
    .max(30, { error: 'tooLong' })
    .regex(PHONE_SIGNS, { error: 'invalid', abort: true })
    .refine((text) => digitCount(text) >= PHONE_MIN_DIGITS && digitCount(text) <= PHONE_MAX_DIGITS, {
      error: 'digits',
    }),
});
export type Booking = z.infer<typeof bookingSchema>;
