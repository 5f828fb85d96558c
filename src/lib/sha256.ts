import { createHash } from 'node:crypto';

/**
 * The SHA-256 of a text or of bytes, as hex: what the database keeps of a random token (a stolen
 * database gives no usable cookie), and the fingerprint of a stored file.
 * @example sha256Hex('abc') // 'ba7816bf…'
 */
export const sha256Hex = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');
