import { authError, getSession, postSession, type Session } from '../../auth/index';
import { isLang, type Lang } from '../../../lib/languages';
import type { PathParams } from '../../../platform/http/path-params';
import { requestLang } from '../../../platform/http/request-lang';
import { isDocumentKind } from '../model/kinds';
import { RESUMABLE_FILE_MAX } from '../model/limits';
import { mayReceive, receiveDocument } from '../service/index';
import { createUploadHandler } from '../tus/index';
import { documentJson } from './document-json';
import { refusalJson } from './refusal';

/**
 * Whose upload it is: the session, so an upload address of another session is a 404, and the
 * person, whose dossier gets the file. Kept on the server only, never sent to the browser.
 */
const ownerOf = (session: Session) => `${session.candidateId}:${session.idHash}`;
const candidateOf = (owner: string) => owner.slice(0, owner.indexOf(':'));

/** The language the script sent with the upload (its messages), else Dutch. */
const langOf = (metadata: Record<string, string>): Lang => (isLang(metadata['lang']) ? metadata['lang'] : 'nl');

/** A Response as the parts the last PATCH answers with. */
async function answerOf(response: Response) {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  return { status: response.status, headers, body: await response.text() };
}

const uploads = createUploadHandler({
  // Refused before a byte is sent: no kind chosen, an empty or too large file, a full or confirmed dossier.
  async beforeCreate(owner, { size, metadata }) {
    const lang = langOf(metadata);
    if (!isDocumentKind(metadata['kind'])) return refusalJson('kindMissing', lang);
    if (size === 0) return refusalJson('empty', lang);
    const reason = await mayReceive(candidateOf(owner), size, RESUMABLE_FILE_MAX);
    return reason ? refusalJson(reason, lang) : null;
  },
  // The whole file is there: the same checks, limits and scanner as the plain form.
  async onUploadFinish(owner, { id, bytes, metadata }) {
    const lang = langOf(metadata);
    const kind = metadata['kind'];
    if (!isDocumentKind(kind)) return answerOf(refusalJson('kindMissing', lang));
    const result = await receiveDocument({
      candidateId: candidateOf(owner),
      bytes,
      name: metadata['filename'] ?? '',
      kind,
      uploadKey: `tus:${id}`,
      maxBytes: RESUMABLE_FILE_MAX,
    });
    if (!result.ok) return answerOf(refusalJson(result.reason, lang));
    return {
      status: 201,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify(documentJson(result.document)),
    };
  },
});

/** Reading an upload's state changes nothing; every other method needs the page's token. */
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * /api/uploads and /api/uploads/{id}: a file in parts of at most 1 MB (tus 1.0: creation and
 * termination), up to 20 MB, for a phone on a bad connection. Only the session that started an
 * upload can see or continue it; any other gets a 404. The finished file goes through the same
 * service as the plain form; the last part's answer says whether it was taken, and why not.
 */
export const uploadsApi = async (req: Request, _context: unknown, params: PathParams): Promise<Response> => {
  const lang = requestLang(req, { params, query: true });
  const session = READS.has(req.method) ? await getSession(req) : await postSession(req, {}, lang, true);
  if (session instanceof Response) return session;
  if (!session) return authError('ended', lang, { json: true });
  return uploads(req, ownerOf(session));
};
