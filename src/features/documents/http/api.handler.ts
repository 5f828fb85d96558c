import { authError, getSession, postSession } from '../../auth/index';
import type { PathParams } from '../../../platform/http/path-params';
import { requestLang } from '../../../platform/http/request-lang';
import { bodyResponse, jsonResponse } from '../../../platform/http/respond';
import { isDocumentId } from '../store/document-store';
import { documentsOverview, readDocument, removeDocument } from '../service/index';
import { documentsApiError } from './api-errors';
import { documentJson } from './document-json';
import { uploadForm } from './upload-form.handler';

// GET /api/documents: the person's own files as JSON, and what the housing company asks for.
async function listJson(req: Request): Promise<Response> {
  const lang = requestLang(req, { query: true });
  const session = await getSession(req);
  if (!session) return documentsApiError('sessionRequired', lang);
  const overview = await documentsOverview(session.candidateId);
  if (!overview) return documentsApiError('notFound', lang);
  const { canChange, asked, sent } = overview;
  return jsonResponse({ canChange, asked, documents: sent.map(documentJson) });
}

// GET /api/documents/{id}: one of the person's own files; any other id is a 404.
async function oneJson(req: Request, id: string | undefined): Promise<Response> {
  const lang = requestLang(req, { query: true });
  const session = await getSession(req);
  if (!session) return documentsApiError('sessionRequired', lang);
  const document = isDocumentId(id) ? await readDocument(session.candidateId, id) : null;
  return document ? jsonResponse(documentJson(document)) : documentsApiError('notFound', lang);
}

// DELETE /api/documents/{id} (X-CSRF-Token): removes one of the person's own files; 204.
async function deleteOne(req: Request, id: string | undefined): Promise<Response> {
  const lang = requestLang(req, { query: true });
  const session = await postSession(req, {}, lang, true);
  if (session instanceof Response) return session;
  if (!session) return authError('ended', lang, { json: true });
  const result = isDocumentId(id) ? await removeDocument(session.candidateId, id) : 'notFound';
  return result === 'removed' ? bodyResponse(null, { status: 204 }) : documentsApiError(result, lang);
}

/**
 * /api/documents and /api/documents/{id}: the list (GET), a file sent through the plain form
 * (POST), one file's description (GET) and its removal (DELETE).
 */
export const documentsApi = async (req: Request, _context: unknown, params: PathParams): Promise<Response> => {
  const id = params['id'];
  if (req.method === 'POST' && id === undefined) return uploadForm(req);
  if (req.method === 'DELETE' && id !== undefined) return deleteOne(req, id);
  if (req.method === 'GET' || req.method === 'HEAD') return id === undefined ? listJson(req) : oneJson(req, id);
  return bodyResponse(null, { status: 405, headers: { Allow: id === undefined ? 'GET, POST' : 'GET, DELETE' } });
};
