/** The eight languages of the site, Dutch first: letters and official screens are in Dutch. */
export const LANGUAGES = ['nl', 'fr', 'en', 'ar', 'tr', 'pl', 'ro', 'uk'] as const;

export type Lang = (typeof LANGUAGES)[number];

export const DEFAULT_LANG: Lang = 'nl';

/** Each language's name in itself, for the language switcher. */
export const LANGUAGE_NAMES: Record<Lang, string> = {
  nl: 'Nederlands',
  fr: 'Français',
  en: 'English',
  ar: 'العربية',
  tr: 'Türkçe',
  pl: 'Polski',
  ro: 'Română',
  uk: 'Українська',
};

/**
 * @example isLang('ar') // true
 */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Text direction from the locale itself, as Starlight does; 'ltr' when the runtime cannot tell.
 * @example textDirection('ar') // 'rtl'
 */
export function textDirection(lang: Lang): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(lang) as Intl.Locale & {
    getTextInfo?: () => { direction?: string };
    textInfo?: { direction?: string };
  };
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  return info?.direction === 'rtl' ? 'rtl' : 'ltr';
}
