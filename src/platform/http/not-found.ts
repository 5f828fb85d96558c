import { h } from 'preact';
import { NotFoundPage } from '../../ui/pages/NotFoundPage';
import { DEFAULT_LANG, type Lang } from '../../lib/languages';
import { htmlResponse } from './respond';

/** The 404 page in the person's language (Dutch when the address has no known language). */
export function notFound(lang: Lang = DEFAULT_LANG): Response {
  return htmlResponse(h(NotFoundPage, { lang }), { status: 404 });
}
