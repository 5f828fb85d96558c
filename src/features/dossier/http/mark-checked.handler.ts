import { isSection } from '../model/sections';
import { badRequest } from '../../../platform/http/bad-request';
import { dossierPostRequest } from './post-request';
import { markChecked } from '../service/index';
import { jsonResponse, redirect } from '../../../platform/http/respond';

// POST /api/dossier/check: "This is right" for one section (csrf, section, lang). Marking twice
// changes nothing, so it needs no idempotency key.
export const markCheckedPost = async (req: Request) => {
  const post = await dossierPostRequest(req);
  if (post instanceof Response) return post;
  const { lang, json, session, values } = post;
  const section = values['section'];
  if (!isSection(section)) return badRequest(400, lang, json);
  await markChecked(session.candidateId, section);
  return json ? jsonResponse({ section }) : redirect(`/${lang}/dossier/`);
};
