import { h } from 'preact';
import { getT } from '../../../lib/i18n';
import { todayInBelgium } from '../../../lib/dates';
import type { PathParams } from '../../../platform/http/path-params';
import { bodyResponse, htmlResponse } from '../../../platform/http/respond';
import { parsePeriod } from '../model/report';
import { reportCsvText } from '../model/report-csv';
import { companyReport } from '../service/report';
import { ReportPage } from '../views/ReportPage';
import { staffFrame } from './staff-frame';
import { staffRequest } from './staff-request';

/**
 * GET /{lang}/staff/report/?from=&to=: the staff member's own company's strike-offs in the
 * period. A date we cannot use is a 400 that says which, over the report of the last 12 months.
 */
export async function reportPage(req: Request, _context: unknown, params: PathParams): Promise<Response> {
  const page = await staffRequest(req, params);
  if (page instanceof Response) return page;
  const { lang, staff } = page;
  const parsed = parsePeriod(new URL(req.url).searchParams, todayInBelgium());
  const report = await companyReport(staff, parsed.period, 'view');
  return htmlResponse(
    h(ReportPage, {
      lang,
      ...staffFrame(staff),
      report,
      problem: parsed.ok ? null : { field: parsed.field, key: parsed.key },
      input: parsed.ok ? parsed.period : parsed.input,
    }),
    { status: parsed.ok ? 200 : 400, headers: { 'Cache-Control': 'no-store' } },
  );
}

/**
 * GET /{lang}/staff/report.csv?from=&to=: the same figures as the page's table, as a file for a
 * spreadsheet. A date we cannot use is the report page's 400 that says which.
 */
export async function reportCsv(req: Request, context: unknown, params: PathParams): Promise<Response> {
  const page = await staffRequest(req, params);
  if (page instanceof Response) return page;
  const { shown, staff } = page;
  const parsed = parsePeriod(new URL(req.url).searchParams, todayInBelgium());
  if (!parsed.ok) return reportPage(req, context, params);
  const report = await companyReport(staff, parsed.period, 'export');
  const { from, to } = parsed.period;
  return bodyResponse(reportCsvText(report, getT(shown)), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="schrappingen-${from}-${to}.csv"`,
    },
  });
}
