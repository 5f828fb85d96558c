import { receiveDocument, REFUSAL_STATUS as FILE_REFUSAL_STATUS } from '../../documents/index';
import { FORM_FILE_MAX, REFUSAL_MESSAGES } from '../../documents/model/index';
import { staffActor } from '../../../platform/db/audit';
import { badRequest } from '../../../platform/http/bad-request';
import { idempotencyKeyOf } from '../../../platform/http/idempotency';
import { readMultipartBody } from '../../../platform/http/multipart-body';
import { notFound } from '../../../platform/http/not-found';
import { requestLang, wantsJson } from '../../../platform/http/request-lang';
import { candidateOfReference } from '../service/candidates';
import { checkReason, recordProxy } from '../service/record-act';
import { actAnswer, refuseAct, refuseWith } from './act-answer';
import { staffOfPost } from './staff-post';
import { isDossierReference } from '../model/reference';

/** A multipart body's parts besides the file: a boundary, the reason, a few fields. */
const FORM_OVERHEAD_BYTES = 16_384;

/**
 * POST /api/staff/proxy (multipart: csrf, lang, reference, reason, idempotencyKey, file): the
 * signed proxy form (volmacht) goes through the documents' checks and virus scanner as a
 * `proxy-form` document of the candidate's dossier, then the proxy is recorded with the reason.
 * The same key stores one file and one act.
 */
export async function proxyHandler(req: Request): Promise<Response> {
  const json = wantsJson(req);
  const body = await readMultipartBody(req, FORM_FILE_MAX + FORM_OVERHEAD_BYTES);
  const lang = requestLang(req, { form: body.ok ? body.values : undefined });
  if (!body.ok) return badRequest(body.status, lang, json);
  const { values, files } = body;
  const staff = await staffOfPost(req, values, lang, json);
  if (staff instanceof Response) return staff;
  const reference = values['reference'] ?? '';
  const key = idempotencyKeyOf(values, req);
  if (!isDossierReference(reference)) return notFound(lang);
  if (key === null) return badRequest(400, lang, json);
  // Only whose dossier it is: the page is not shown, so it is not read (nor audited as a view).
  const candidateId = await candidateOfReference(staff.company, reference);
  if (!candidateId) return notFound(lang);
  const request = { lang, json, staff, reference, kind: 'proxy' as const, values };
  const reason = checkReason(values['reason']);
  if ('refusal' in reason) return refuseAct(request, reason.refusal);
  const file = files['file'];
  if (!file || (file.size === 0 && file.name === '')) return refuseAct(request, 'fileMissing');
  const received = await receiveDocument({
    candidateId,
    bytes: new Uint8Array(await file.arrayBuffer()),
    name: file.name,
    kind: 'proxy-form',
    uploadKey: `staff:${staff.staffId}:${key}`,
    maxBytes: FORM_FILE_MAX,
    actor: staffActor(staff.staffId),
  });
  if (!received.ok) {
    return refuseWith(request, {
      field: 'file',
      key: REFUSAL_MESSAGES[received.reason],
      status: FILE_REFUSAL_STATUS[received.reason],
      code: received.reason,
    });
  }
  const result = await recordProxy(staff, reference, {
    reason: reason.reason,
    idempotencyKey: key,
    documentId: received.document.id,
  });
  return actAnswer(request, result);
}
