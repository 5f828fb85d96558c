import { randomInt } from 'node:crypto';
import { todayInBelgium } from '../../../lib/dates';

/** No 0/O, 1/I/L: a reference read out over the phone cannot be misheard or mistyped. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const LENGTH = 6;

/**
 * A new, random confirmation reference with this year in it (31^6 ≈ 887 million per year).
 * @example newConfirmationReference() // 'BI-2026-7F3K9Q'
 */
export function newConfirmationReference(now = new Date()): string {
  const code = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `BI-${todayInBelgium(now).slice(0, 4)}-${code}`;
}
