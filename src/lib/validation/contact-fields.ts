import { plainText } from './plain-text';

export const PHONE_MAX = 30;
export const EMAIL_MAX = 254;

/** What people type between digits: spaces, dots, slashes, dashes and brackets. */
const PHONE_PUNCTUATION = /[\s./()-]/g;
// 0470 12 34 56 or 03 123 45 67 in Belgium; +32 470 12 34 56 or 0032 ... from anywhere.
const BELGIAN = /^0[1-9]\d{7,8}$/;
const INTERNATIONAL = /^(\+|00)[1-9]\d{7,14}$/;

/** An empty optional field becomes null: "no phone number" rather than "". */
const blankToNull = (value: string) => (value === '' ? null : value);

/**
 * An optional phone number, Belgian or international, kept as typed (spaces tidied).
 * Codes: invalid, tooLong, controlCharacter.
 */
export const optionalPhone = plainText('invalid')
  .trim()
  .max(PHONE_MAX, { error: 'tooLong' })
  .refine(
    (value) => {
      const digits = value.replace(PHONE_PUNCTUATION, '');
      return value === '' || BELGIAN.test(digits) || INTERNATIONAL.test(digits);
    },
    { error: 'invalid' },
  )
  .transform((value) => blankToNull(value.replace(/\s+/g, ' ')))
  .default(null);

/** An optional e-mail address. Codes: invalid, tooLong, controlCharacter. */
export const optionalEmail = plainText('invalid')
  .trim()
  .max(EMAIL_MAX, { error: 'tooLong' })
  .refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), { error: 'invalid' })
  .transform(blankToNull)
  .default(null);
