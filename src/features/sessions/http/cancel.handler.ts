import { h } from 'preact';
import { echoed } from '../../../lib/echo';
import { isLang } from '../../../lib/languages';
import { badRequest } from '../../../platform/http/bad-request';
import { errorResponse } from '../../../platform/http/error-response';
import { readFormBody } from '../../../platform/http/form-body';
import { notFound } from '../../../platform/http/not-found';
import type { PathParams } from '../../../platform/http/path-params';
import { requestLang, wantsJson } from '../../../platform/http/request-lang';
import { htmlResponse } from '../../../platform/http/respond';
import { cancelByReference } from '../service/cancel-reservation';
import { CancelPage } from '../views/CancelPage';

/** GET /{lang}/help-near-me/cancel/: the form that asks for the reference. */
export function cancelPage(_req: Request, _context: unknown, params: PathParams): Response {
  const lang = params['lang'];
  if (!isLang(lang)) return notFound();
  return htmlResponse(h(CancelPage, { lang }));
}

const ERRORS = { invalid: 'sessions.cancel.reference.required', unknown: 'sessions.cancel.reference.unknown' } as const;

/**
 * POST /api/help-sessions/cancel (lang, reference): cancels and frees the place. Twice is
 * harmless (the same "cancelled"); an unknown reference is a 404 that says to check it.
 */
export async function cancelHandler(req: Request): Promise<Response> {
  const json = wantsJson(req);
  const body = await readFormBody(req, 2_048);
  const lang = requestLang(req, { form: body.ok ? body.values : undefined });
  if (!body.ok) return badRequest(body.status, lang, json);
  const typed = body.values['reference'];
  const result = await cancelByReference(typed);
  if (result.kind === 'cancelled') {
    return htmlResponse(h(CancelPage, { lang, cancelled: { session: result.session } }));
  }
  const key = ERRORS[result.kind];
  return errorResponse({
    status: result.kind === 'unknown' ? 404 : 400,
    lang,
    json,
    problems: [{ field: 'reference', key }],
    page: () => h(CancelPage, { lang, reference: echoed(typed ?? '', 40), error: key }),
  });
}
