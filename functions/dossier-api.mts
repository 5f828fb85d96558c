import type { Config } from '@netlify/functions';
import { negotiateLanguage } from '../src/lib/negotiate-language';
import { apiError } from '../src/server/api-errors';
import { loadDossier } from '../src/server/dossiers';
import { jsonResponse } from '../src/server/respond';
import { getSession } from '../src/server/session';
import { handler } from '../src/server/handler';

// GET /api/dossier: the session's own dossier as JSON; only the session says whose. An ?id= that
// is not that dossier's id is a 404, never someone else's data (/api/dossier/{id} is no page: 404).
export default handler(async (req: Request) => {
  const lang = negotiateLanguage(req.headers.get('accept-language'));
  const session = await getSession(req);
  if (!session) return apiError('sessionRequired', lang);
  const dossier = await loadDossier(session.candidateId, 'dossier.read.api');
  if (!dossier) return apiError('noDossier', lang);
  const askedId = new URL(req.url).searchParams.get('id');
  return askedId === null || askedId === dossier.id ? jsonResponse(dossier) : apiError('notYours', lang);
});

export const config: Config = { path: '/api/dossier', method: 'GET' };
