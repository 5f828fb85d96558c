import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { config } from '../config';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * A 256-bit key of its own for each purpose, derived (HKDF-SHA-256) from SESSION_SECRET: no new
 * secret to manage, and a key for one purpose opens nothing sealed for another.
 */
const keyFor = (purpose: string) =>
  Buffer.from(hkdfSync('sha256', config().SESSION_SECRET, '', `blijf-ingeschreven ${purpose}`, 32));

/**
 * Encrypts and authenticates a text with AES-256-GCM, for a value the browser keeps but must
 * neither read nor change (a login attempt's PKCE verifier and nonce). URL-safe base64 of
 * nonce, tag and ciphertext.
 * @example openSealed('login-attempt', seal('login-attempt', 'x')) // 'x'
 */
export function seal(purpose: string, text: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keyFor(purpose), iv);
  const encrypted = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), encrypted]).toString('base64url');
}

/** The text sealed for this purpose; null for anything changed, cut short or sealed otherwise. */
export function openSealed(purpose: string, sealed: string): string | null {
  const bytes = Buffer.from(sealed, 'base64url');
  if (bytes.length <= IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFor(purpose), bytes.subarray(0, IV_BYTES));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
