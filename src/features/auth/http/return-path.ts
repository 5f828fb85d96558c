import type { Lang } from '../../../lib/languages';

/** A dossier, staff or helper page of this language: letters, digits, dashes and single slashes only. */
const RETURN_PATH = /^\/([a-z]{2})\/(dossier|staff|helper)(\/[A-Za-z0-9-]+)*\/?$/;

/** True for a page of the housing company's staff. */
export const isStaffPath = (path: string): boolean => /^\/[a-z]{2}\/staff(\/|$)/.test(path);

/** True for a helper's page. */
export const isHelperPath = (path: string): boolean => /^\/[a-z]{2}\/helper(\/|$)/.test(path);

/**
 * Where to send the person after logging in or extending: only a dossier or staff page of our own site,
 * so a link cannot send them on to another site (no open redirect).
 * @example safeReturnPath('https://evil.example/', 'nl') // '/nl/dossier/'
 * @example safeReturnPath('/nl/dossier/income/', 'nl') // '/nl/dossier/income/'
 */
export function safeReturnPath(value: string | null | undefined, lang: Lang): string {
  const match = RETURN_PATH.exec(value ?? '');
  return match && match[1] === lang ? (value as string) : `/${lang}/dossier/`;
}
