import type { Config } from '@netlify/functions';
import { negotiateLanguage } from '../src/lib/negotiate-language';
import { apiError } from '../src/server/api-errors';
import { loadDossier } from '../src/server/dossiers';
import { jsonResponse } from '../src/server/respond';
import { getSession } from '../src/server/session';

// GET /api/dossier: the session's own dossier as JSON. There is no id parameter: only the
// session says whose dossier this is.
export default async (req: Request) => {
  const lang = negotiateLanguage(req.headers.get('accept-language'));
  const session = await getSession(req);
  if (!session) return apiError('sessionRequired', lang);
  const dossier = await loadDossier(session.candidateId, 'dossier.read.api');
  return dossier ? jsonResponse(dossier) : apiError('noDossier', lang);
};

export const config: Config = { path: '/api/dossier', method: 'GET' };
