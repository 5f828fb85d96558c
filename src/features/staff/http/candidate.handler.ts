import type { PathParams } from '../../../platform/http/path-params';
import { notFound } from '../../../platform/http/not-found';
import { ACT_KINDS } from '../model/acts';
import { companyCandidate } from '../service/candidates';
import { renderCandidatePage, renderStrikeOffPage } from './candidate-page';
import { staffRequest } from './staff-request';
import { isDossierReference } from '../model/reference';

/**
 * GET /{lang}/staff/candidates/{reference}/ and …/strike-off/: one candidate of the staff
 * member's own company; any other reference (another company's, or none) is the same 404.
 */
export async function candidatePage(req: Request, _context: unknown, params: PathParams): Promise<Response> {
  const reference = params['reference'] ?? '';
  const page = await staffRequest(req, params, isDossierReference(reference));
  if (page instanceof Response) return page;
  const { lang, staff } = page;
  const candidate = await companyCandidate(staff, reference);
  if (!candidate) return notFound(lang);
  if (params['step'] === 'strike-off') return renderStrikeOffPage({ lang, staff, candidate });
  if (params['step'] !== undefined) return notFound(lang);
  const done = new URL(req.url).searchParams.get('done');
  return renderCandidatePage({
    lang,
    staff,
    candidate,
    done: (ACT_KINDS as readonly string[]).includes(done ?? '') ? done : null,
  });
}
