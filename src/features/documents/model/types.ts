import type { DocumentKind, RefusalReason } from './kinds';

/**
 * Where a sent file stands. `quarantined`: kept aside until the virus scanner says it is clean
 * (never served); `received`: taken and stored; `checked`: the housing company looked at it.
 */
export type DocumentStatus = 'quarantined' | 'received' | 'checked';

/** One file a person sent, as they and the JSON API see it. Never the storage key. */
export interface SentDocument {
  id: string;
  /** The person's file name, cleaned for display only (model/display-name.ts). */
  displayName: string;
  /** What the file proves. */
  kind: DocumentKind;
  /** The checked type it is served as: image/jpeg, image/png or application/pdf. */
  contentType: string;
  sizeBytes: number;
  status: DocumentStatus;
  /** ISO timestamp. */
  uploadedAt: string;
}

/** One thing the housing company asks for, and how many sent files prove it. */
export interface AskedDocument {
  kind: DocumentKind;
  received: number;
}

/** Why the page is shown again: a refusal of the plain form, in the person's language. */
export interface UploadRefusal {
  reason: RefusalReason;
}

/** After a plain-form post, the page says what happened (from `?sent=1` or `?removed=1`). */
export type DocumentsNotice = 'sent' | 'removed' | null;
