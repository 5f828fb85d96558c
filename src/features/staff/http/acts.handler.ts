import { badRequest } from '../../../platform/http/bad-request';
import { readFormBody } from '../../../platform/http/form-body';
import { idempotencyKeyOf } from '../../../platform/http/idempotency';
import { notFound } from '../../../platform/http/not-found';
import { requestLang, wantsJson } from '../../../platform/http/request-lang';
import { isSimpleAct } from '../model/acts';
import { recordAppeal, recordSimpleAct, strikeOff } from '../service/record-act';
import { actAnswer } from './act-answer';
import { staffOfPost } from './staff-post';
import { isDossierReference } from '../model/reference';

/**
 * POST /api/staff/acts (form: csrf, lang, reference, kind, reason, idempotencyKey; ground and
 * noticeDate for a strike-off, contestedOn for an appeal): one act for a candidate of the staff
 * member's own company, exactly once per key. The service decides every rule.
 */
export async function actsHandler(req: Request): Promise<Response> {
  const json = wantsJson(req);
  const body = await readFormBody(req);
  const lang = requestLang(req, { form: body.ok ? body.values : undefined });
  if (!body.ok) return badRequest(body.status, lang, json);
  const { values } = body;
  const staff = await staffOfPost(req, values, lang, json);
  if (staff instanceof Response) return staff;
  const reference = values['reference'] ?? '';
  const kind = values['kind'];
  const key = idempotencyKeyOf(values, req);
  if (!isDossierReference(reference)) return notFound(lang);
  if (key === null) return badRequest(400, lang, json);
  const base = { lang, json, staff, reference, values };
  if (isSimpleAct(kind)) {
    const result = await recordSimpleAct(staff, reference, kind, { reason: values['reason'], idempotencyKey: key });
    return actAnswer({ ...base, kind }, result);
  }
  if (kind === 'strike-off') {
    const result = await strikeOff(staff, reference, {
      ground: values['ground'],
      reason: values['reason'],
      noticeDate: values['noticeDate'],
      idempotencyKey: key,
    });
    return actAnswer({ ...base, kind }, result);
  }
  if (kind === 'appeal') {
    const result = await recordAppeal(staff, reference, {
      reason: values['reason'],
      contestedOn: values['contestedOn'],
      idempotencyKey: key,
    });
    return actAnswer({ ...base, kind }, result);
  }
  return badRequest(400, lang, json);
}
