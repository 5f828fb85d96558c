import { h } from 'preact';
import type { PathParams } from '../../../platform/http/path-params';
import { htmlResponse } from '../../../platform/http/respond';
import { parseListQuery } from '../model/list-query';
import { companyCandidates } from '../service/candidates';
import { CandidateListPage } from '../views/CandidateListPage';
import { staffFrame } from './staff-frame';
import { staffRequest } from './staff-request';

/**
 * GET /{lang}/staff/?filter=&q=&page=: the company's candidates. A filter, search or page we
 * cannot use is a 400 that says which, over the list without it.
 */
export async function listPage(req: Request, _context: unknown, params: PathParams): Promise<Response> {
  const page = await staffRequest(req, params);
  if (page instanceof Response) return page;
  const { lang, staff } = page;
  const parsed = parseListQuery(new URL(req.url).searchParams);
  const list = await companyCandidates(staff, parsed.query);
  return htmlResponse(
    h(CandidateListPage, {
      lang,
      ...staffFrame(staff),
      query: parsed.query,
      list,
      problem: parsed.ok ? null : parsed.field,
    }),
    { status: parsed.ok ? 200 : 400, headers: { 'Cache-Control': 'no-store' } },
  );
}
