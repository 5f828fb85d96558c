import { h } from 'preact';
import { HelpResultsPage } from '../views/HelpResultsPage';
import { findHelpPoints } from '../model/help-points';
import { helpSearchSchema } from '../model/schema';
import { echoed } from '../../../lib/echo';
import { toFieldErrors } from '../../../lib/validation/issues';
import { requestLang } from '../../../platform/http/request-lang';
import { htmlResponse } from '../../../platform/http/respond';
import { findComingSessions } from '../../sessions/index';

// GET /api/help?q=9000&lang=xx: help near you, without JavaScript, with the coming help sessions there.
export const helpSearchPage = async (req: Request) => {
  const url = new URL(req.url);
  const lang = requestLang(req, { query: true });
  const query = url.searchParams.get('q') ?? '';
  const parsed = helpSearchSchema.safeParse({ q: query });
  if (!parsed.success) {
    const errors = toFieldErrors('help', parsed.error);
    return htmlResponse(h(HelpResultsPage, { lang, query: echoed(query), points: [], errors }), { status: 400 });
  }
  const q = parsed.data.q;
  const found = q === '' ? null : await findComingSessions(q);
  const sessions = found?.ok ? found.sessions : null;
  return htmlResponse(h(HelpResultsPage, { lang, query: q, points: findHelpPoints(q), sessions }));
};
