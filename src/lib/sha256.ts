import { createHash } from 'node:crypto';

/**
 * The SHA-256 of a text, as hex: what the database keeps of a random token, so a stolen
 * database gives no usable cookie.
 * @example sha256Hex('abc') // 'ba7816bf…'
 */
export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');
