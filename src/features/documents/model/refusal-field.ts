import type { RefusalReason } from './kinds';

/** The form field a refusal is about, so the page and the script can point at it. */
export const refusalField = (reason: RefusalReason): 'kind' | 'file' => (reason === 'kindMissing' ? 'kind' : 'file');
