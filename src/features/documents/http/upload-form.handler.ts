import { authError, getSession, postSession } from '../../auth/index';
import { loadDossier } from '../../dossier/index';
import { badRequest } from '../../../platform/http/bad-request';
import { idempotencyKeyOf } from '../../../platform/http/idempotency';
import { readMultipartBody } from '../../../platform/http/multipart-body';
import { notFound } from '../../../platform/http/not-found';
import { requestLang, wantsJson } from '../../../platform/http/request-lang';
import { jsonResponse, redirect } from '../../../platform/http/respond';
import { isDocumentKind, type RefusalReason } from '../model/kinds';
import { FORM_FILE_MAX } from '../model/limits';
import { receiveDocument } from '../service/index';
import { documentJson } from './document-json';
import { renderDocumentsPage } from './page.handler';
import { REFUSAL_STATUS, refusalJson } from './refusal';

/** A multipart body's parts besides the file: a boundary, a few fields, headers of the file part. */
const FORM_OVERHEAD_BYTES = 16_384;

/**
 * POST /api/documents (multipart/form-data: file, kind, csrf, lang, idempotencyKey): one file
 * through the plain form, for browsers without JavaScript. 303 back to the list with "sent", or
 * the page again with what went wrong and what to do (4xx); a file sent earlier is never touched.
 * The same idempotency key (a double click) stores one file.
 */
export async function uploadForm(req: Request): Promise<Response> {
  const json = wantsJson(req);
  const body = await readMultipartBody(req, FORM_FILE_MAX + FORM_OVERHEAD_BYTES);
  const lang = requestLang(req, { form: body.ok ? body.values : undefined });
  // A body too large to read has no token to check; its answer only says "too big" and keeps nothing.
  const session =
    body.ok || body.status !== 413
      ? await postSession(req, body.ok ? body.values : {}, lang, json)
      : await getSession(req);
  if (session instanceof Response) return session;
  if (!session) return authError('ended', lang, { returnPath: '/dossier/documents/', json });
  const dossier = await loadDossier(session.candidateId);
  if (!dossier) return notFound(lang);
  const refuse = (reason: RefusalReason, chosen: string | undefined) =>
    json
      ? refusalJson(reason, lang)
      : renderDocumentsPage({
          lang,
          session,
          dossier,
          notice: null,
          refusal: { reason },
          chosenKind: isDocumentKind(chosen) ? chosen : null,
          status: REFUSAL_STATUS[reason],
        });
  if (!body.ok) return body.status === 413 ? refuse('tooBig', undefined) : badRequest(body.status, lang, json);
  const { values, files } = body;
  const key = idempotencyKeyOf(values, req);
  if (key === null) return badRequest(400, lang, json);
  const kind = values['kind'];
  if (!isDocumentKind(kind)) return refuse('kindMissing', kind);
  const file = files['file'];
  // A form sent without choosing a file still carries an empty part without a name.
  if (!file || (file.size === 0 && file.name === '')) return refuse('noFile', kind);
  const result = await receiveDocument({
    candidateId: session.candidateId,
    bytes: new Uint8Array(await file.arrayBuffer()),
    name: file.name,
    kind,
    uploadKey: `form:${key}`,
    maxBytes: FORM_FILE_MAX,
  });
  if (!result.ok) return refuse(result.reason, kind);
  return json
    ? jsonResponse(documentJson(result.document), { status: 201 })
    : redirect(`/${lang}/dossier/documents/?sent=1`);
}
