import type { Lang } from '../../../lib/languages';

/** The languages the staff pages are written in; the other languages show them in Dutch, with a note. */
export const STAFF_LANGS = ['nl', 'fr', 'en'] as const satisfies readonly Lang[];

/**
 * The language a staff page is shown in for the language in its address.
 * @example staffLang('fr') // 'fr'
 * @example staffLang('ar') // 'nl'
 */
export function staffLang(lang: Lang): Lang {
  return (STAFF_LANGS as readonly Lang[]).includes(lang) ? lang : 'nl';
}
