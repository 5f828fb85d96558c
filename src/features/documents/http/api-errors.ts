import type { Lang } from '../../../lib/languages';
import { errorResponse } from '../../../platform/http/error-response';

/** Errors of the documents' JSON API that no form field causes. */
const ERRORS = {
  /** No live session: log in (again). */
  sessionRequired: { status: 401, field: 'session', key: 'session.required' },
  /** Not one of the person's own files (another dossier's, removed, or never there): nothing is revealed. */
  notFound: { status: 404, field: 'id', key: 'documents.notFound' },
  /** The dossier is confirmed: nothing can be added or removed any more. */
  alreadyConfirmed: { status: 409, field: 'id', key: 'documents.error.alreadyConfirmed' },
} as const;

/** A JSON error in the person's language: `{"errors":[{"field","key","message"}]}`. */
export function documentsApiError(error: keyof typeof ERRORS, lang: Lang): Response {
  const { status, field, key } = ERRORS[error];
  return errorResponse({ status, lang, json: true, problems: [{ field, key }] });
}
