import type { Config, Context } from '@netlify/functions';
import { h } from 'preact';
import { StatusPage } from '../src/components/pages/StatusPage';
import { isLang } from '../src/lib/languages';
import { checkHealth } from '../src/server/health';
import { htmlResponse } from '../src/server/respond';
import { notFound } from '../src/server/not-found';
import { handler } from '../src/server/handler';

export default handler(async (_req: Request, context: Context) => {
  const lang = context.params['lang'];
  if (!isLang(lang)) return notFound();
  const health = await checkHealth();
  return htmlResponse(h(StatusPage, { lang, health }), { status: health.status === 'ok' ? 200 : 503 });
});

export const config: Config = { path: '/:lang/status', method: 'GET' };
