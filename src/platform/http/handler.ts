import type { Config, Context } from '@netlify/functions';
import { h } from 'preact';
import { MessagePage } from '../../ui/pages/MessagePage';
import { getT } from '../../lib/i18n';
import { isDatabaseDown } from '../db/database-down';
import { requestLang, wantsJson } from './request-lang';
import { errorResponse } from './error-response';
import { pathParams, type PathParams } from './path-params';

type Handler = (req: Request, context: Context) => Response | Promise<Response>;
/** A feature's handler: the request, Netlify's context, and the parameters of its path. */
type RouteHandler = (req: Request, context: Context, params: PathParams) => Response | Promise<Response>;

/** Written out whole, so the translation check sees that they are used. */
const TEXTS = {
  down: { title: 'unavailable.title', text: 'unavailable.text' },
  failed: { title: 'serverError.title', text: 'serverError.text' },
} as const;

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
export function failureResponse(
  req: Request,
  context: Context | undefined,
  error: unknown,
  params: PathParams = {},
): Response {
  const lang = requestLang(req, { params, query: true });
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
  return errorResponse({
    status,
    lang,
    json: wantsJson(req),
    problems: [{ field: 'server', key: texts.text, values: { reference } }],
    page: () => h(MessagePage, { lang, title: t(texts.title), text: t(texts.text, { reference }) }),
    extra: { reference },
    ...(headers ? { headers } : {}),
  });
}

/**
 * Every endpoint goes through this: it reads the parameters of the route's `path` from the
 * request's path (never from `context.params`, see path-params.ts), and what its handler throws
 * becomes a page in the person's language instead of the platform's bare 500.
 * @example export const config: Config = { path: '/:lang/status' }; export default handler(statusPage, config);
 */
export function handler(fn: RouteHandler, route: Pick<Config, 'path'> = {}): Handler {
  return async (req, context) => {
    const params = pathParams(req, route.path);
    try {
      return await fn(req, context, params);
    } catch (error) {
      return failureResponse(req, context, error, params);
    }
  };
}
