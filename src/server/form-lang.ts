import { DEFAULT_LANG, isLang, type Lang } from '../lib/languages';
import { negotiateLanguage } from '../lib/negotiate-language';

/** The page language of a posted form: its hidden lang field, else the browser's language. */
export function formLang(values: Record<string, string> | undefined, req: Request): Lang {
  const lang = values?.['lang'];
  if (isLang(lang)) return lang;
  return req.headers.has('accept-language') ? negotiateLanguage(req.headers.get('accept-language')) : DEFAULT_LANG;
}
