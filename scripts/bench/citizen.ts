// A test citizen of `npm run bench:api`, logged in and ready to confirm, as a browser would be.
import { SECTIONS } from '../../src/features/dossier/model/types';
import { logIn } from '../../tests/support/log-in';

export const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };

export interface BenchCitizen {
  /** The session cookie, for autocannon's requests. */
  cookie: string;
  /** The body of "Confirm my dossier" with this idempotency key. */
  confirmBody(key: string): string;
}

/**
 * Logs a test citizen in through the local provider and marks every section "this is right", as
 * the site asks before it shows the confirmation form; then reads that form's version.
 */
export async function readyToConfirm(siteUrl: string, nationalNumber: string): Promise<BenchCitizen> {
  const site = (path: string, init: RequestInit = {}) => fetch(`${siteUrl}${path}`, { ...init, redirect: 'manual' });
  const { jar } = await logIn(site, nationalNumber);
  const cookie = jar.header();
  const checkPage = async () => (await site('/nl/dossier/check/', { headers: { Cookie: cookie } })).text();
  // Every form on a page carries the session's one CSRF token.
  const csrf = /name="csrf" value="([^"]+)"/.exec(await checkPage())?.[1];
  if (!csrf) throw new Error('the check page has no CSRF token: not logged in?');
  for (const section of SECTIONS) {
    const marked = await site('/api/dossier/check', {
      method: 'POST',
      headers: { ...FORM, Cookie: cookie },
      body: new URLSearchParams({ csrf, section, lang: 'nl' }).toString(),
    });
    if (marked.status !== 303) throw new Error(`marking a section checked answered ${marked.status}`);
  }
  const version = /name="version" value="(\d+)"/.exec(await checkPage())?.[1];
  if (!version) throw new Error('the check page has no confirmation form');
  return {
    cookie,
    confirmBody: (key) => new URLSearchParams({ csrf, version, idempotencyKey: key, lang: 'nl' }).toString(),
  };
}
