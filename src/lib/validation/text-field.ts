import { plainText } from './plain-text';

/**
 * A required line (or, `multiline`, a text of several lines) of at most `max` characters, without
 * control or text-turning characters. Codes: required, tooLong, controlCharacter.
 * @example requiredText(ADDRESS_MAX, { multiline: true }).parse(' Straat 1\n9000 Gent ') // 'Straat 1\n9000 Gent'
 */
export function requiredText(max: number, { multiline = false } = {}) {
  return plainText('required', { multiline }).trim().min(1, { error: 'required' }).max(max, { error: 'tooLong' });
}

export const NAME_MAX = 100;
export const ADDRESS_MAX = 200;
export const REASON_MAX = 2000;
