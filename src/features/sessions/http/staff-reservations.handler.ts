import { h } from 'preact';
import { notFound } from '../../../platform/http/not-found';
import type { PathParams } from '../../../platform/http/path-params';
import { htmlResponse } from '../../../platform/http/respond';
import { staffFrame, staffRequest } from '../../staff/index';
import { isSessionId } from '../model/session-id';
import { companySessionReservations } from '../service/company-sessions';
import { StaffReservationsPage } from '../views/StaffReservationsPage';

/**
 * GET /{lang}/staff/sessions/{id}/: the reservations of one of the company's own sessions; another
 * company's session, or none, is the same 404. Each view is audited (who, never what).
 */
export async function staffReservationsPage(req: Request, _context: unknown, params: PathParams): Promise<Response> {
  const id = params['id'] ?? '';
  const page = await staffRequest(req, params, isSessionId(id));
  if (page instanceof Response) return page;
  const { lang, shown, staff } = page;
  const found = await companySessionReservations({ staffId: staff.staffId, company: staff.company }, id);
  if (!found) return notFound(lang);
  return htmlResponse(h(StaffReservationsPage, { lang, shown, ...staffFrame(staff), ...found }), {
    headers: { 'Cache-Control': 'no-store' },
  });
}
