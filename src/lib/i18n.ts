import i18next, { type TFunction } from 'i18next';
import { dateTimeFormat } from './formatters';
import { DEFAULT_LANG, type Lang } from './languages';
import { NAMESPACES, resources } from './locale-resources';

const instance = i18next.createInstance();
void instance.init({
  resources,
  lng: DEFAULT_LANG,
  fallbackLng: DEFAULT_LANG,
  ns: [...NAMESPACES],
  defaultNS: 'common',
  // Component texts may live in any namespace; common first.
  fallbackNS: ['guide', 'auth', 'dossier', 'errors'],
  // Flat dotted keys ("skipLink.label"), as in Starlight.
  keySeparator: false,
  // Preact escapes on render; escaping here too would double-escape.
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** One translate function per language; the shared instance is never switched. */
export function getT(lang: Lang): TFunction {
  return instance.getFixedT(lang);
}

/**
 * Formats a calendar date (YYYY-MM-DD) for reading in the given language.
 * @example formatDate('2024-04-17', 'nl') // '17 april 2024'
 */
export function formatDate(isoDate: string, lang: Lang): string {
  return dateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}
