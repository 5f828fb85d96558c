import type { Lang } from '../../../lib/languages';

/** A dossier page of this language: letters, digits, dashes and single slashes only. */
const DOSSIER_PATH = /^\/([a-z]{2})\/dossier(\/[a-z0-9-]+)*\/?$/;

/**
 * Where to send the person after logging in or extending: only a dossier page of our own site,
 * so a link cannot send them on to another site (no open redirect).
 * @example safeReturnPath('https://evil.example/', 'nl') // '/nl/dossier/'
 * @example safeReturnPath('/nl/dossier/income/', 'nl') // '/nl/dossier/income/'
 */
export function safeReturnPath(value: string | null | undefined, lang: Lang): string {
  const match = DOSSIER_PATH.exec(value ?? '');
  return match && match[1] === lang ? (value as string) : `/${lang}/dossier/`;
}
