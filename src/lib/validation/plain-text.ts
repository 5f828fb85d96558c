import { z } from 'zod';

/** The code of the field error for a control character; issues.ts gives it one shared text. */
export const CONTROL_CHARACTER = 'controlCharacter';

// C0 controls, DEL and C1 controls: nobody types them, NUL breaks PostgreSQL text (a 500) and
// the others garble a page or a letter. A field of several lines allows tab, line feed and the
// carriage return a browser sends with a line break.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS_IN_LINE = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS_IN_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

// Bidirectional embeddings, overrides (U+202A-U+202E) and isolates (U+2066-U+2069): invisible,
// they can make a printed name or address read in another order than it was typed.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text without the characters that turn it around.
 * @example withoutBidiControls('Amina \u202eTset') // 'Amina Tset'
 */
export const withoutBidiControls = (text: string) => text.replace(BIDI_CONTROLS, '');

/**
 * True when `text` holds a control character its field does not allow.
 * @example hasControlCharacter('Gent\u0000') // true
 * @example hasControlCharacter('Straat 1\r\n9000 Gent', { multiline: true }) // false
 */
export function hasControlCharacter(text: string, { multiline = false } = {}): boolean {
  return (multiline ? CONTROLS_IN_LINES : CONTROLS_IN_LINE).test(text);
}

/**
 * The string schema every typed text starts from: the characters that turn text around are left
 * out (before any length check), and a control character is a field error with the code
 * CONTROL_CHARACTER, before any other. `missing` is the code when there is no string at all.
 * @example plainText('required', { multiline: true }).trim().min(1, { error: 'required' })
 */
export function plainText(missing: string, { multiline = false } = {}): z.ZodString {
  return z
    .string({ error: missing })
    .overwrite(withoutBidiControls)
    .refine((text) => !hasControlCharacter(text, { multiline }), { error: CONTROL_CHARACTER, abort: true });
}
