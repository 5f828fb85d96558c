import type { Config } from '@netlify/functions';
import { dossierPostRequest } from '../src/server/dossier-post-request';
import { saveChangeForm } from '../src/server/dossier-save-form';
import { handler } from '../src/server/handler';

// POST /api/dossier/save: a section's change form (csrf, version, idempotencyKey, section, lang, fields).
export default handler(async (req: Request) => {
  const post = await dossierPostRequest(req);
  return post instanceof Response ? post : saveChangeForm(post, req);
});

export const config: Config = { path: '/api/dossier/save', method: 'POST' };
