import type { StaffSession } from '../../auth/index';
import type { Lang } from '../../../lib/languages';
import { errorResponse } from '../../../platform/http/error-response';
import { notFound } from '../../../platform/http/not-found';
import { jsonResponse, redirect } from '../../../platform/http/respond';
import type { ActKind } from '../model/acts';
import { REFUSAL_FIELD, REFUSAL_KEYS, REFUSAL_STATUS, type ActRefusal } from '../model/refusals';
import { staffLang } from '../model/staff-languages';
import type { ActResult } from '../service/record-act';
import { companyCandidate } from '../service/candidates';
import { renderCandidatePage, renderStrikeOffPage } from './candidate-page';

export interface ActRequest {
  lang: Lang;
  json: boolean;
  staff: StaffSession;
  reference: string;
  kind: ActKind;
  values: Record<string, string>;
}

/** A refusal of an act: the page it came from again, with what was wrong and what was typed. */
export function refuseAct(request: ActRequest, refusal: ActRefusal): Promise<Response> {
  return refuseWith(request, {
    field: REFUSAL_FIELD[refusal],
    key: REFUSAL_KEYS[refusal],
    status: REFUSAL_STATUS[refusal],
    code: refusal,
  });
}

/** A refusal with its own field, message key and status (a file the documents' checks refused). */
export async function refuseWith(
  request: ActRequest,
  refusal: { field: string; key: string; status: number; code: string },
): Promise<Response> {
  const { lang, json, staff, reference, kind, values } = request;
  const candidate = await companyCandidate(staff, reference);
  if (!candidate) return notFound(lang);
  const { field, key, status, code } = refusal;
  const problem = { form: kind, field, key, reason: values['reason'] ?? '' };
  return errorResponse({
    status,
    lang: staffLang(lang),
    json,
    problems: [{ field, key }],
    extra: { reason: code },
    page: async () =>
      kind === 'strike-off'
        ? renderStrikeOffPage({
            lang,
            staff,
            candidate,
            problem,
            values: { ground: values['ground'] ?? '', noticeDate: values['noticeDate'] ?? '' },
            status,
          })
        : renderCandidatePage({ lang, staff, candidate, problem, status }),
  });
}

/** The answer to an act: 303 to the candidate's page saying what was done, a refusal, or a 404. */
export async function actAnswer(request: ActRequest, result: ActResult): Promise<Response> {
  if (result === null) return notFound(request.lang);
  if (!result.ok) return refuseAct(request, result.reason);
  if (request.json) return jsonResponse({ kind: result.kind, repeat: result.repeat });
  return redirect(
    `/${request.lang}/staff/candidates/${encodeURIComponent(request.reference)}/?done=${result.kind}`,
    303,
  );
}
