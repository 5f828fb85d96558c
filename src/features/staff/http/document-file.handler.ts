import { getStaffSession } from '../../auth/index';
import { fileDownload, isDocumentId, readDocumentFile } from '../../documents/index';
import { staffActor } from '../../../platform/db/audit';
import type { PathParams } from '../../../platform/http/path-params';
import { notFound } from '../../../platform/http/not-found';
import { requestLang } from '../../../platform/http/request-lang';
import { documentOwnerInCompany } from '../store/document-owner';

/**
 * GET /api/staff/documents/{id}/file: a candidate's file for their own housing company's staff,
 * as the candidate gets it (checked type, attachment, nosniff); audited with the staff member's
 * identifier. Another company's document, a file in quarantine or no staff session: 404.
 */
export async function staffDocumentFile(req: Request, _context: unknown, params: PathParams): Promise<Response> {
  const lang = requestLang(req, { query: true });
  const staff = await getStaffSession(req);
  const id = params['id'];
  if (!staff || !isDocumentId(id)) return notFound(lang);
  const candidateId = await documentOwnerInCompany(staff.company, id);
  const found = candidateId ? await readDocumentFile(candidateId, id, staffActor(staff.staffId)) : null;
  return found ? fileDownload(found) : notFound(lang);
}
