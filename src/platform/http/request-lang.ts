import { isLang, type Lang } from '../../lib/languages';
import { negotiateLanguage } from '../../lib/negotiate-language';

interface Sources {
  /** The route's parameters: a `lang` in the path (/nl/dossier/) comes first. */
  params?: Record<string, string | undefined>;
  /** A posted form's values: its hidden `lang` field. */
  form?: Record<string, string> | undefined;
  /** Whether ?lang= in the address counts (links and GET forms carry it). */
  query?: boolean;
}

/**
 * The one way to know the language to answer in: the path, the form, ?lang=, in that order and
 * as far as the caller names them; else the browser's Accept-Language; else Dutch.
 * @example requestLang(req, { form: values }) // 'ar' for a form with lang=ar
 */
export function requestLang(req: Request, { params, form, query = false }: Sources = {}): Lang {
  const named = [params?.['lang'], form?.['lang'], query ? URL.parse(req.url)?.searchParams.get('lang') : undefined];
  return named.find(isLang) ?? negotiateLanguage(req.headers.get('accept-language'));
}

/** True when the caller asked for JSON rather than a page. */
export function wantsJson(req: Request): boolean {
  return (req.headers.get('accept') ?? '').includes('application/json');
}
