import { isLang } from '../../../lib/languages';
import { badRequest } from '../../../platform/http/bad-request';
import { errorResponse } from '../../../platform/http/error-response';
import { readFormBody } from '../../../platform/http/form-body';
import { idempotencyKeyOf } from '../../../platform/http/idempotency';
import { requestLang, wantsJson } from '../../../platform/http/request-lang';
import { redirect } from '../../../platform/http/respond';
import { staffLang, staffOfPost } from '../../staff/index';
import { publishSession } from '../service/publish-session';
import { renderStaffSessions } from './staff-sessions.handler';

/**
 * POST /api/staff/sessions (csrf, lang, idempotencyKey and the session's fields): publishes a
 * session for the staff member's own company, once per form; then back to the list (303).
 */
export async function staffPublishHandler(req: Request): Promise<Response> {
  const json = wantsJson(req);
  const body = await readFormBody(req);
  const lang = requestLang(req, { form: body.ok ? body.values : undefined });
  if (!body.ok) return badRequest(body.status, lang, json);
  const { values } = body;
  const staff = await staffOfPost(req, values, lang, json);
  if (staff instanceof Response) return staff;
  const key = idempotencyKeyOf(values, req);
  if (key === null || !isLang(values['lang'] ?? lang)) return badRequest(400, lang, json);
  const result = await publishSession({ staffId: staff.staffId, company: staff.company }, values, key);
  if (result.ok) return redirect(`/${lang}/staff/sessions/?published=1`, 303, { 'Cache-Control': 'no-store' });
  return errorResponse({
    status: 400,
    lang: staffLang(lang),
    json,
    problems: result.errors,
    page: () =>
      renderStaffSessions(
        { lang, shown: staffLang(lang), staff },
        { refused: { values, errors: result.errors, idempotencyKey: key } },
      ),
  });
}
