import { randomUUID } from 'node:crypto';
import { h } from 'preact';
import type { FieldError } from '../../../lib/validation/issues';
import type { PathParams } from '../../../platform/http/path-params';
import { htmlResponse } from '../../../platform/http/respond';
import { staffFrame, staffRequest, type StaffRequest } from '../../staff/index';
import { companySessions } from '../service/company-sessions';
import { StaffSessionsPage } from '../views/StaffSessionsPage';

interface Refused {
  values: Record<string, string>;
  errors: FieldError[];
  idempotencyKey: string;
}

/** The staff sessions page for a staff request: fresh, after publishing, or again with what was wrong (400). */
export async function renderStaffSessions(
  page: StaffRequest,
  { published = false, refused }: { published?: boolean; refused?: Refused } = {},
) {
  const { lang, shown, staff } = page;
  const sessions = await companySessions({ staffId: staff.staffId, company: staff.company });
  return htmlResponse(
    h(StaffSessionsPage, {
      lang,
      shown,
      ...staffFrame(staff),
      sessions,
      now: new Date(),
      idempotencyKey: refused?.idempotencyKey ?? randomUUID(),
      published,
      ...(refused ? { values: refused.values, errors: refused.errors } : {}),
    }),
    { status: refused ? 400 : 200, headers: { 'Cache-Control': 'no-store' } },
  );
}

/** GET /{lang}/staff/sessions/?published=1: the company's help sessions and the publishing form. */
export async function staffSessionsPage(req: Request, _context: unknown, params: PathParams): Promise<Response> {
  const page = await staffRequest(req, params);
  if (page instanceof Response) return page;
  return renderStaffSessions(page, { published: new URL(req.url).searchParams.get('published') === '1' });
}
