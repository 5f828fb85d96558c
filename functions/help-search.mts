import type { Config } from '@netlify/functions';
import { h } from 'preact';
import { HelpResultsPage } from '../src/components/pages/HelpResultsPage';
import { findHelpPoints } from '../src/lib/help-points';
import { helpSearchSchema } from '../src/lib/validation/help-points';
import { toFieldErrors } from '../src/lib/validation/issues';
import { langFromQuery } from '../src/server/lang-query';
import { htmlResponse } from '../src/server/respond';
import { handler } from '../src/server/handler';

// GET /api/help?q=9000&lang=xx: help near you, without JavaScript.
export default handler(async (req: Request) => {
  const url = new URL(req.url);
  const lang = langFromQuery(url);
  const query = url.searchParams.get('q') ?? '';
  const parsed = helpSearchSchema.safeParse({ q: query });
  if (!parsed.success) {
    const errors = toFieldErrors('help', parsed.error);
    return htmlResponse(h(HelpResultsPage, { lang, query: query.slice(0, 60), points: [], errors }), { status: 400 });
  }
  return htmlResponse(h(HelpResultsPage, { lang, query: parsed.data.q, points: findHelpPoints(parsed.data.q) }));
});

export const config: Config = { path: '/api/help', method: 'GET' };
