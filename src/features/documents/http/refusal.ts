import type { Lang } from '../../../lib/languages';
import { errorResponse } from '../../../platform/http/error-response';
import type { RefusalReason } from '../model/kinds';
import { REFUSAL_MESSAGES } from '../model/labels';
import { refusalField } from '../model/refusal-field';

/** The HTTP status of each refusal: the person's file or choice (4xx), or a scanner that is down (503). */
export const REFUSAL_STATUS: Record<RefusalReason, number> = {
  noFile: 400,
  kindMissing: 400,
  empty: 400,
  tooBig: 413,
  kindNotAccepted: 415,
  extensionMismatch: 415,
  damaged: 422,
  tooManyPixels: 422,
  pdfEncrypted: 422,
  pdfActiveContent: 422,
  infected: 422,
  tooManyFiles: 409,
  dossierFull: 409,
  alreadyConfirmed: 409,
  scannerDown: 503,
};

export { refusalField };

/** A refusal as JSON for scripts: `{"errors":[{"field","key","message"}],"reason"}` in the person's language. */
export function refusalJson(reason: RefusalReason, lang: Lang): Response {
  return errorResponse({
    status: REFUSAL_STATUS[reason],
    lang,
    json: true,
    problems: [{ field: refusalField(reason), key: REFUSAL_MESSAGES[reason] }],
    extra: { reason },
    ...(reason === 'scannerDown' ? { headers: { 'Retry-After': '60' } } : {}),
  });
}
