import type { Config } from '@netlify/functions';
import { confirmForm } from '../src/server/dossier-confirm-form';
import { dossierPostRequest } from '../src/server/dossier-post-request';
import { handler } from '../src/server/handler';

// POST /api/dossier/confirm: "Confirm my dossier" (csrf, version, idempotencyKey, lang).
export default handler(async (req: Request) => {
  const post = await dossierPostRequest(req);
  return post instanceof Response ? post : confirmForm(post, req);
});

export const config: Config = { path: '/api/dossier/confirm', method: 'POST' };
