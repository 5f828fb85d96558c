import type { VNode } from 'preact';
import { getT } from '../../lib/i18n';
import type { Lang } from '../../lib/languages';
import { htmlResponse, jsonResponse } from './respond';

/** One problem: the field it is about, its translation key and the values its text needs. */
export interface Problem {
  field: string;
  key: string;
  values?: Record<string, unknown>;
}

interface ErrorAnswer<Page> {
  status: number;
  lang: Lang;
  /** True when the caller asked for JSON (a script), false for a person's browser. */
  json: boolean;
  problems: Problem[];
  /** The page a person sees; left out for answers that only scripts get. */
  page?: () => Page;
  /** More fields of the JSON answer, such as the version a conflict is about. */
  extra?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** `{"errors":[{"field","key","message"}], …extra}`, each message in the person's language. */
function jsonErrors({ status, lang, problems, extra, headers }: ErrorAnswer<unknown>): Response {
  const t = getT(lang);
  const errors = problems.map(({ field, key, values }) => ({ field, key, message: t(key, values ?? {}) }));
  return jsonResponse({ errors, ...extra }, { status, ...(headers ? { headers } : {}) });
}

/**
 * The one way to refuse a request: JSON errors for a script, the page for a person, chosen here
 * and nowhere else. A page that needs data first may be async; the answer then is too.
 * @example return errorResponse({ status: 400, lang, json, problems, page: () => h(DeadlinePage, props) });
 */
export function errorResponse<P>(answer: ErrorAnswer<VNode<P>>): Response;
export function errorResponse<P>(answer: ErrorAnswer<Promise<VNode<P> | Response>>): Promise<Response>;
export function errorResponse<P>(
  answer: ErrorAnswer<VNode<P> | Promise<VNode<P> | Response>>,
): Response | Promise<Response> {
  const { status, json, page, headers } = answer;
  if (json || !page) return jsonErrors(answer);
  const html = (node: VNode<P> | Response) =>
    node instanceof Response ? node : htmlResponse(node, { status, ...(headers ? { headers } : {}) });
  const rendered = page();
  return rendered instanceof Promise ? rendered.then(html) : html(rendered);
}
