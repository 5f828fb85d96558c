import { DEFAULT_LANG, isLang, type Lang } from '../lib/languages';

/** The page language from ?lang=, Dutch when missing or unknown. */
export function langFromQuery(url: URL): Lang {
  const lang = url.searchParams.get('lang');
  return isLang(lang) ? lang : DEFAULT_LANG;
}

/** True when the caller asked for JSON rather than a page. */
export function wantsJson(req: Request): boolean {
  return (req.headers.get('accept') ?? '').includes('application/json');
}
