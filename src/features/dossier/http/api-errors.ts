import type { Lang } from '../../../lib/languages';
import { errorResponse } from '../../../platform/http/error-response';

/** Errors of the JSON API that no form field causes; their texts are in the file each key's first part names (namespaceOf). */
export const API_ERRORS = {
  /** No live session: log in (again). */
  sessionRequired: { status: 401, field: 'session', key: 'session.required' },
  /** Logged in, but this service holds no dossier for the person. */
  noDossier: { status: 404, field: 'dossier', key: 'dossier.none' },
  /** An id that is not the person's own dossier: not found, whether it exists or not. */
  notYours: { status: 404, field: 'id', key: 'dossier.notYours' },
} as const;

/**
 * A JSON error in the person's language: `{"errors":[{"field","key","message"}]}`.
 * @example return apiError('sessionRequired', 'nl'); // 401
 */
export function apiError(error: keyof typeof API_ERRORS, lang: Lang): Response {
  const { status, field, key } = API_ERRORS[error];
  return errorResponse({ status, lang, json: true, problems: [{ field, key }] });
}
