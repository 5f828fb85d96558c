import type { Lang } from '../../lib/languages';

/**
 * The address that starts a login and comes back to a dossier page: a plain link, so it works
 * without JavaScript.
 * @example loginLink('nl') // '/api/auth/login?lang=nl&return=%2Fnl%2Fdossier%2F'
 */
export function loginLink(lang: Lang, returnPath = `/${lang}/dossier/`): string {
  return `/api/auth/login?${new URLSearchParams({ lang, return: returnPath }).toString()}`;
}
