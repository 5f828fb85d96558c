import type { Config } from '@netlify/functions';
import { isSection } from '../src/lib/dossier-sections';
import { badRequest } from '../src/server/bad-request';
import { dossierPostRequest } from '../src/server/dossier-post-request';
import { markChecked } from '../src/server/dossiers';
import { jsonResponse, redirect } from '../src/server/respond';
import { handler } from '../src/server/handler';

// POST /api/dossier/check: "This is right" for one section (csrf, section, lang). Marking twice
// changes nothing, so it needs no idempotency key.
export default handler(async (req: Request) => {
  const post = await dossierPostRequest(req);
  if (post instanceof Response) return post;
  const { lang, json, session, values } = post;
  const section = values['section'];
  if (!isSection(section)) return badRequest(400, lang, json);
  await markChecked(session.candidateId, section);
  return json ? jsonResponse({ section }) : redirect(`/${lang}/dossier/`);
});

export const config: Config = { path: '/api/dossier/check', method: 'POST' };
