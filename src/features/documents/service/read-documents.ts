import { audit, candidateActor } from '../../../platform/db/audit';
import { DOCUMENT_KINDS } from '../model/kinds';
import type { AskedDocument, SentDocument } from '../model/types';
import { askedDocuments, dossierUsage, findDocument, listDocuments } from '../store/document-store';
import { getFile } from '../store/file-blobs';

export interface DocumentsOverview {
  dossierId: string;
  /** False once the dossier is confirmed (or struck off): nothing can be added or removed. */
  canChange: boolean;
  asked: AskedDocument[];
  sent: SentDocument[];
}

/** What is asked and what was sent, for the person's own dossier; null without a dossier. Audited. */
export async function documentsOverview(candidateId: string): Promise<DocumentsOverview | null> {
  const dossier = await dossierUsage(candidateId);
  if (!dossier) return null;
  const [asked, sent] = await Promise.all([askedDocuments(dossier.id), listDocuments(dossier.id)]);
  await audit(candidateActor(candidateId), dossier.id, 'document.list');
  const order = (kind: AskedDocument['kind']) => DOCUMENT_KINDS.indexOf(kind);
  return {
    dossierId: dossier.id,
    canChange: !dossier.confirmed,
    asked: asked.sort((a, b) => order(a.kind) - order(b.kind)),
    sent,
  };
}

/** One of the person's own files (its description), or null for any other id. Audited `document.view`. */
export async function readDocument(candidateId: string, id: string): Promise<SentDocument | null> {
  const dossier = await dossierUsage(candidateId);
  const found = dossier ? await findDocument(dossier.id, id) : null;
  if (!dossier || !found) return null;
  await audit(candidateActor(candidateId), dossier.id, 'document.view');
  return found.document;
}

/**
 * The bytes of one of the person's own files, as checked, or null: another dossier's id, a file
 * still in quarantine (the scanner has not said it is clean) or a file gone. Audited `document.download`.
 */
export async function readDocumentFile(
  candidateId: string,
  id: string,
  /** Who reads it, for the audit: the candidate, unless their housing company's staff member does. */
  actor = candidateActor(candidateId),
): Promise<{ document: SentDocument; bytes: Uint8Array } | null> {
  const dossier = await dossierUsage(candidateId);
  const found = dossier ? await findDocument(dossier.id, id) : null;
  if (!dossier || !found || found.document.status === 'quarantined') return null;
  const bytes = await getFile(found.blobKey);
  if (!bytes) return null;
  await audit(actor, dossier.id, 'document.download');
  return { document: found.document, bytes };
}
