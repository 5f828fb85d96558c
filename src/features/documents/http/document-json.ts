import type { SentDocument } from '../model/types';

/** A sent file as the JSON API gives it: `id`, shown name, kind, size, status, date; nothing more. */
export const documentJson = (document: SentDocument) => ({
  id: document.id,
  name: document.displayName,
  kind: document.kind,
  contentType: document.contentType,
  size: document.sizeBytes,
  status: document.status,
  uploadedAt: document.uploadedAt,
});
