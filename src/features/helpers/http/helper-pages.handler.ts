import { h } from 'preact';
import { DEFAULT_LANG, isLang } from '../../../lib/languages';
import type { PathParams } from '../../../platform/http/path-params';
import { notFound } from '../../../platform/http/not-found';
import { htmlResponse } from '../../../platform/http/respond';
import { staffLang } from '../../staff/model/index';
import { helperCandidates, helperProgress } from '../service/helper-view';
import { HelperListPage } from '../views/HelperListPage';
import { HelperProgressPage } from '../views/HelperProgressPage';
import { MissingSheetPage } from '../views/MissingSheetPage';
import { helperRequest } from './helper-request';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** GET /{lang}/helper/: the candidates who gave the helper's organisation a running consent. */
export async function helperListPage(req: Request, _context: unknown, params: PathParams): Promise<Response> {
  const page = await helperRequest(req, params);
  if (page instanceof Response) return page;
  const candidates = await helperCandidates(page.helper);
  return htmlResponse(h(HelperListPage, { ...page.frame, candidates }));
}

/**
 * GET /{lang}/helper/candidates/{consent}/ and …/sheet/[?in=xx]: one candidate's progress, or
 * the sheet to print in the candidate's language (or the one chosen); a consent that is not running, or not this organisation's,
 * is the same 404 as no consent at all. Like every page with personal data these are never cached
 * (htmlResponse: no-store), so a withdrawal shows on the very next request.
 */
export async function helperCandidatePage(req: Request, _context: unknown, params: PathParams): Promise<Response> {
  const consentId = params['consent'] ?? '';
  const step = params['step'];
  const page = await helperRequest(req, params, UUID.test(consentId) && (step === undefined || step === 'sheet'));
  if (page instanceof Response) return page;
  const progress = await helperProgress(page.helper, consentId, step === 'sheet' ? 'sheet' : 'progress');
  if (!progress) return notFound(page.lang);
  if (step !== 'sheet') return htmlResponse(h(HelperProgressPage, { ...page.frame, progress }));
  // The candidate's own language, unless the helper chose another one for them (?in=fr).
  const chosen = new URL(req.url).searchParams.get('in');
  const lang = isLang(chosen) ? chosen : isLang(progress.candidateLang) ? progress.candidateLang : DEFAULT_LANG;
  return htmlResponse(h(MissingSheetPage, { lang, helperLang: staffLang(page.lang), progress }));
}
