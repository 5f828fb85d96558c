import { todayInBelgium } from '../../../lib/dates';
import { errorResponse } from '../../../platform/http/error-response';
import { requestLang } from '../../../platform/http/request-lang';
import { jsonResponse } from '../../../platform/http/respond';
import { parsePeriod, SUPPRESS_UNDER } from '../model/report';
import { staffLang } from '../model/staff-languages';
import { publicReport } from '../service/report';

/**
 * GET /api/report/strike-offs?from=&to=: every company's strike-offs in the period, per
 * municipality and ground, for the Flemish monitoring. Counts only; those under 5 suppressed.
 * No login. A date we cannot use is a 400 that says which.
 */
export async function reportApi(req: Request): Promise<Response> {
  const parsed = parsePeriod(new URL(req.url).searchParams, todayInBelgium());
  if (!parsed.ok) {
    return errorResponse({
      status: 400,
      lang: staffLang(requestLang(req, { query: true })),
      json: true,
      problems: [{ field: parsed.field, key: parsed.key }],
    });
  }
  return jsonResponse(await publicReport(parsed.period, SUPPRESS_UNDER), { headers: { 'Cache-Control': 'no-store' } });
}
