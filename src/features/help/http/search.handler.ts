import { h } from 'preact';
import { HelpResultsPage } from '../views/HelpResultsPage';
import { findHelpPoints } from '../model/help-points';
import { helpSearchSchema } from '../model/schema';
import { echoed } from '../../../lib/echo';
import { toFieldErrors } from '../../../lib/validation/issues';
import { requestLang } from '../../../platform/http/request-lang';
import { htmlResponse } from '../../../platform/http/respond';

// GET /api/help?q=9000&lang=xx: help near you, without JavaScript.
export const helpSearchPage = async (req: Request) => {
  const url = new URL(req.url);
  const lang = requestLang(req, { query: true });
  const query = url.searchParams.get('q') ?? '';
  const parsed = helpSearchSchema.safeParse({ q: query });
  if (!parsed.success) {
    const errors = toFieldErrors('help', parsed.error);
    return htmlResponse(h(HelpResultsPage, { lang, query: echoed(query), points: [], errors }), { status: 400 });
  }
  return htmlResponse(h(HelpResultsPage, { lang, query: parsed.data.q, points: findHelpPoints(parsed.data.q) }));
};
