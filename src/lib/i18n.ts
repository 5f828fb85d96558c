import i18next, { type TFunction, type TOptions } from 'i18next';
import { dateTimeFormat } from './formatters';
import { DEFAULT_LANG, type Lang } from './languages';
import { NAMESPACES, namespaceOf, resources } from './locale-resources';

const instance = i18next.createInstance();
void instance.init({
  resources,
  lng: DEFAULT_LANG,
  fallbackLng: DEFAULT_LANG,
  ns: [...NAMESPACES],
  defaultNS: 'common',
  // Flat dotted keys ("skipLink.label"), as in Starlight; the key itself names its file.
  keySeparator: false,
  nsSeparator: false,
  // Preact escapes on render; escaping here too would double-escape.
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** Under the tests, a text that does not exist is a failure instead of a key shown to a person. */
const STRICT = typeof process !== 'undefined' && Boolean(process.env['VITEST']);

/**
 * One translate function per language; the shared instance is never switched. Each key is
 * looked up in the one file its first part names (namespaceOf), never in the others.
 * @example getT('fr')('dossier.change.save') // 'Enregistrer'
 */
export function getT(lang: Lang): TFunction {
  const fixed = instance.getFixedT(lang);
  const t = (key: string, options: TOptions = {}) => {
    const ns = namespaceOf(key);
    if (STRICT && !instance.exists(key, { ...options, lng: lang, ns })) {
      throw new Error(`no text for ${ns}:${key} (${lang})`);
    }
    return fixed(key, { ...options, ns });
  };
  // The same calls as i18next's own function; its many overloads only describe them more finely.
  return t as unknown as TFunction;
}

/**
 * Formats a calendar date (YYYY-MM-DD) for reading in the given language.
 * @example formatDate('2024-04-17', 'nl') // '17 april 2024'
 */
export function formatDate(isoDate: string, lang: Lang): string {
  return dateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}
