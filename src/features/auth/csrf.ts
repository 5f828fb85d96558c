import { timingSafeEqual } from 'node:crypto';
import { config } from '../../platform/config';

/** Header that scripts use to send the token (forms use the hidden field `csrf`). */
export const CSRF_HEADER = 'X-CSRF-Token';
/** Name of the hidden form field with the token. */
export const CSRF_FIELD = 'csrf';

const sameToken = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * True when a state-changing request may come from another site: the token (form field, else
 * the X-CSRF-Token header) is not the session's, or the browser says it came from elsewhere
 * (an Origin other than ours, or Sec-Fetch-Site other than same-origin / none).
 * @example csrfProblem(postFromOurOwnForm, session, session.csrfToken) // false
 */
export function csrfProblem(req: Request, session: { csrfToken: string }, formToken: string | undefined): boolean {
  const token = formToken ?? req.headers.get(CSRF_HEADER) ?? '';
  if (!sameToken(token, session.csrfToken)) return true;
  // Our Referrer-Policy (no-referrer) makes browsers send "Origin: null" with our own forms: that
  // names no site, so the token and Sec-Fetch-Site decide.
  const origin = req.headers.get('origin');
  if (origin !== null && origin !== 'null' && origin !== new URL(config().BASE_URL).origin) return true;
  const site = req.headers.get('sec-fetch-site');
  return site !== null && site !== 'same-origin' && site !== 'none';
}
