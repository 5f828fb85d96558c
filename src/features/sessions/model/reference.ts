import { randomInt } from 'node:crypto';

/** Letters and digits nobody mixes up when reading aloud or typing: no 0/O, 1/I/L, 5/S, 8/B. */
export const REFERENCE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXYZ234679';
export const REFERENCE_LENGTH = 10;

/**
 * A new reservation reference: 10 characters of 27 (about 47 bits), so nobody can guess another's.
 * @example newReference() // 'K7PMQ3XT9R'
 */
export function newReference(): string {
  let reference = '';
  for (let i = 0; i < REFERENCE_LENGTH; i++) reference += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return reference;
}

/**
 * A reference in groups of 3, 3 and 4, for reading aloud and copying.
 * @example groupedReference('K7PMQ3XT9R') // 'K7P-MQ3-XT9R'
 */
export const groupedReference = (reference: string) =>
  `${reference.slice(0, 3)}-${reference.slice(3, 6)}-${reference.slice(6)}`;

const SHAPE = new RegExp(`^[${REFERENCE_ALPHABET}]{${REFERENCE_LENGTH}}$`);

/**
 * A typed reference as stored, or null when it cannot be one: case, spaces and dashes do not matter.
 * @example referenceOf(' k7p-mq3 xt9r ') // 'K7PMQ3XT9R'
 */
export function referenceOf(typed: unknown): string | null {
  if (typeof typed !== 'string' || typed.length > 40) return null;
  const reference = typed.toUpperCase().replace(/[\s.-]/g, '');
  return SHAPE.test(reference) ? reference : null;
}
