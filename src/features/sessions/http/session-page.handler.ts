import { randomUUID } from 'node:crypto';
import { h } from 'preact';
import { isLang } from '../../../lib/languages';
import { notFound } from '../../../platform/http/not-found';
import type { PathParams } from '../../../platform/http/path-params';
import { htmlResponse } from '../../../platform/http/respond';
import { sessionForPage } from '../service/find-sessions';
import { SessionPage } from '../views/SessionPage';

/** GET /{lang}/help-near-me/sessions/{id}/: the session with its booking form, or "full" and the next one. */
export async function sessionPage(_req: Request, _context: unknown, params: PathParams): Promise<Response> {
  const lang = params['lang'];
  if (!isLang(lang)) return notFound();
  const view = await sessionForPage(params['id'] ?? '');
  if (!view) return notFound(lang);
  return htmlResponse(h(SessionPage, { lang, ...view, idempotencyKey: randomUUID() }));
}
