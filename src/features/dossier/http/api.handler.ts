import { requestLang } from '../../../platform/http/request-lang';
import { apiError } from './api-errors';
import { loadDossier } from '../service/index';
import { jsonResponse } from '../../../platform/http/respond';
import { getSession } from '../../auth/index';

// GET /api/dossier: the session's own dossier as JSON; only the session says whose. An ?id= that
// is not that dossier's id is a 404, never someone else's data (/api/dossier/{id} is no page: 404).
export const dossierApi = async (req: Request) => {
  const lang = requestLang(req);
  const session = await getSession(req);
  if (!session) return apiError('sessionRequired', lang);
  const dossier = await loadDossier(session.candidateId, 'dossier.read.api');
  if (!dossier) return apiError('noDossier', lang);
  const askedId = new URL(req.url).searchParams.get('id');
  return askedId === null || askedId === dossier.id ? jsonResponse(dossier) : apiError('notYours', lang);
};
