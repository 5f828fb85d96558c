import type { PathParams } from '../../../platform/http/path-params';
import { h } from 'preact';
import { StatusPage } from '../views/StatusPage';
import { isLang } from '../../../lib/languages';
import { requestLang } from '../../../platform/http/request-lang';
import { checkHealth } from '../../../platform/health';
import { htmlResponse } from '../../../platform/http/respond';
import { notFound } from '../../../platform/http/not-found';

export const statusPage = async (req: Request, _context: unknown, params: PathParams) => {
  if (!isLang(params['lang'])) return notFound();
  const lang = requestLang(req, { params });
  const health = await checkHealth();
  return htmlResponse(h(StatusPage, { lang, ok: health.status === 'ok' }), {
    status: health.status === 'ok' ? 200 : 503,
  });
};
