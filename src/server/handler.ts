import type { Context } from '@netlify/functions';
import { h } from 'preact';
import { MessagePage } from '../components/pages/MessagePage';
import { getT } from '../lib/i18n';
import { DEFAULT_LANG, isLang, type Lang } from '../lib/languages';
import { negotiateLanguage } from '../lib/negotiate-language';
import { isDatabaseDown } from './database-down';
import { wantsJson } from './lang-query';
import { htmlResponse, jsonResponse } from './respond';

type Handler = (req: Request, context: Context) => Response | Promise<Response>;

/** Written out whole, so the translation check sees that they are used. */
const TEXTS = {
  down: { title: 'unavailable.title', text: 'unavailable.text' },
  failed: { title: 'serverError.title', text: 'serverError.text' },
} as const;

/** The language to explain a failure in: the address's, else ?lang=, else the browser's. */
function failureLang(req: Request, context: Context | undefined): Lang {
  const fromPath = context?.params?.['lang'];
  if (isLang(fromPath)) return fromPath;
  const fromQuery = URL.parse(req.url)?.searchParams.get('lang');
  if (isLang(fromQuery)) return fromQuery;
  return req.headers.has('accept-language') ? negotiateLanguage(req.headers.get('accept-language')) : DEFAULT_LANG;
}

/** A short reference a person can read out on the phone, found again in the log by its request id. */
function referenceOf(context: Context | undefined): string {
  const id = context?.requestId || crypto.randomUUID();
  return id.replaceAll('-', '').slice(0, 8).toUpperCase();
}

/**
 * The answer when a handler throws: 503 "try again" when the database cannot be reached, else a
 * 500 with a reference. The log gets the reference, the error's kind and its stack frames, never
 * its message, which can quote personal data (a value in a failed query).
 */
export function failureResponse(req: Request, context: Context | undefined, error: unknown): Response {
  const lang = failureLang(req, context);
  const t = getT(lang);
  const down = isDatabaseDown(error);
  const reference = referenceOf(context);
  const name = error instanceof Error ? error.name : typeof error;
  const code = (error as { code?: unknown } | undefined)?.code;
  const frames = error instanceof Error ? (error.stack ?? '').split('\n').slice(1, 6).join('\n') : '';
  console.error(
    `[${reference}] ${down ? 'database unavailable' : 'handler failed'}: ${name}${code ? ` ${String(code)}` : ''}\n${frames}`,
  );
  const status = down ? 503 : 500;
  const texts = TEXTS[down ? 'down' : 'failed'];
  const headers = down ? { 'Retry-After': '30' } : undefined;
  const title = t(texts.title);
  const message = t(texts.text, { reference });
  if (wantsJson(req)) {
    return jsonResponse(
      { errors: [{ field: 'server', key: texts.text, message }], reference },
      { status, ...(headers ? { headers } : {}) },
    );
  }
  return htmlResponse(h(MessagePage, { lang, title, text: message }), { status, ...(headers ? { headers } : {}) });
}

/**
 * Every endpoint goes through this: what its handler throws becomes a page in the person's
 * language instead of the platform's bare 500.
 * @example export default handler(async (req) => jsonResponse(await work(req)));
 */
export function handler(fn: Handler): Handler {
  return async (req, context) => {
    try {
      return await fn(req, context);
    } catch (error) {
      return failureResponse(req, context, error);
    }
  };
}
