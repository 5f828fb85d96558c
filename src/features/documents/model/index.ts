/** What other features may use of the documents' model (views included: no I/O here). */
export { FORM_FILE_MAX } from './limits';
export { ACCEPT, type DocumentKind, type RefusalReason } from './kinds';
export { KIND_LABELS, REFUSAL_MESSAGES, STATUS_LABELS } from './labels';
