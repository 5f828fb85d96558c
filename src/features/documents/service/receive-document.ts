import { randomUUID } from 'node:crypto';
import { audit, candidateActor } from '../../../platform/db/audit';
import { inTransaction } from '../../../platform/db/transaction';
import { scanBytes, scannerConfigured } from '../../../platform/scan/clamd';
import { sha256Hex } from '../../../lib/sha256';
import { displayName } from '../model/display-name';
import type { DocumentKind, RefusalReason } from '../model/kinds';
import { BYTES_PER_DOSSIER, FILES_PER_DOSSIER } from '../model/limits';
import type { SentDocument } from '../model/types';
import {
  deleteDocument,
  documentOfUpload,
  dossierUsage,
  insertDocument,
  releaseDocument,
  type LockedDossier,
} from '../store/document-store';
import { deleteFile, newFileKey, putFile } from '../store/file-blobs';

export type ReceiveResult = { ok: true; document: SentDocument } | { ok: false; reason: RefusalReason };

export interface IncomingFile {
  candidateId: string;
  /** The bytes as they arrived. */
  bytes: Uint8Array;
  /** The person's name for the file: checked against the kind, cleaned for display, never a key. */
  name: string;
  kind: DocumentKind;
  /** The resumable upload's id, or the form's idempotency key: the same upload stores one file. */
  uploadKey: string;
  /** The most this way of sending takes (the plain form less than a resumable upload). */
  maxBytes: number;
  /** Who sends it, for the audit: the candidate, unless a staff member sends it for them. */
  actor?: string;
}

/** Why a dossier takes no more of `size` bytes, or null when it does. */
export function roomFor(dossier: LockedDossier, size: number): RefusalReason | null {
  if (dossier.confirmed) return 'alreadyConfirmed';
  if (dossier.files >= FILES_PER_DOSSIER) return 'tooManyFiles';
  if (dossier.bytes + size > BYTES_PER_DOSSIER) return 'dossierFull';
  return null;
}

/**
 * Whether a file of `size` bytes could be taken now: the cheap answer before any byte is read,
 * so a full or confirmed dossier refuses an upload before it starts. The real decision is made
 * again, under a lock, when the file has arrived.
 */
export async function mayReceive(candidateId: string, size: number, maxBytes: number): Promise<RefusalReason | null> {
  if (size > maxBytes) return 'tooBig';
  const dossier = await dossierUsage(candidateId);
  if (!dossier) throw new Error('mayReceive: the candidate has no dossier');
  return roomFor(dossier, size);
}

async function refuse(file: IncomingFile, dossierId: string | null, reason: RefusalReason): Promise<ReceiveResult> {
  await audit(file.actor ?? candidateActor(file.candidateId), dossierId, `document.refused.${reason}`);
  return { ok: false, reason };
}

/** Stores the checked file and its row (quarantined while a scanner is to look), within the limits. */
async function store(file: IncomingFile, checked: { bytes: Uint8Array; contentType: string }, quarantined: boolean) {
  const blobKey = newFileKey();
  await putFile(blobKey, checked.bytes);
  const outcome = await inTransaction(async (client) => {
    // The row lock makes two tabs' uploads take turns, so together they cannot pass the limits.
    const dossier = await dossierUsage(file.candidateId, client, true);
    if (!dossier) throw new Error('receiveDocument: the candidate has no dossier');
    const earlier = await documentOfUpload(dossier.id, file.uploadKey);
    if (earlier) return { dossierId: dossier.id, document: earlier, isNew: false } as const;
    const full = roomFor(dossier, checked.bytes.byteLength);
    if (full) return { dossierId: dossier.id, reason: full } as const;
    const document = await insertDocument(client, {
      id: randomUUID(),
      dossierId: dossier.id,
      kind: file.kind,
      displayName: displayName(file.name),
      contentType: checked.contentType,
      sizeBytes: checked.bytes.byteLength,
      blobKey,
      sha256: sha256Hex(checked.bytes),
      status: quarantined ? 'quarantined' : 'received',
      uploadKey: file.uploadKey,
    });
    if (!document) throw new Error('receiveDocument: the upload was stored meanwhile');
    await audit(file.actor ?? candidateActor(file.candidateId), dossier.id, 'document.upload', client);
    return { dossierId: dossier.id, document, isNew: true } as const;
  });
  if (!('document' in outcome) || !outcome.isNew) await deleteFile(blobKey);
  return outcome;
}

/**
 * Takes one file for the person's dossier, or says why not: its kind decided by its own bytes,
 * images re-encoded without their metadata, active or encrypted PDFs refused (check/), at most
 * FILES_PER_DOSSIER files and BYTES_PER_DOSSIER per dossier, nothing after the confirmation.
 * With a virus scanner configured the file waits in quarantine (never served) until clamd says
 * it is clean; an infected file, or one the scanner could not look at, is removed again. A
 * refused file leaves nothing behind, and never touches the files sent earlier. Audited without
 * file names: `document.upload`, `document.refused.<reason>`.
 */
export async function receiveDocument(file: IncomingFile): Promise<ReceiveResult> {
  const before = await dossierUsage(file.candidateId);
  if (!before) throw new Error('receiveDocument: the candidate has no dossier');
  const earlier = await documentOfUpload(before.id, file.uploadKey);
  if (earlier) return { ok: true, document: earlier };
  if (file.bytes.byteLength === 0) return refuse(file, before.id, 'empty');
  if (file.bytes.byteLength > file.maxBytes) return refuse(file, before.id, 'tooBig');
  const early = roomFor(before, file.bytes.byteLength);
  if (early) return refuse(file, before.id, early);
  // Loaded at the first file, not with the function: sharp, libheif and pdf-lib take about a
  // second to load, which the documents page, a download and a removal never need.
  const { checkFile } = await import('../check/index');
  const checked = await checkFile({ bytes: file.bytes, name: file.name });
  if (!checked.ok) return refuse(file, before.id, checked.reason);
  const scanning = scannerConfigured();
  const outcome = await store(file, checked, scanning);
  if (!('document' in outcome)) return refuse(file, outcome.dossierId, outcome.reason);
  if (!scanning || !outcome.isNew) return { ok: true, document: outcome.document };
  // Every file as it arrived goes through the scanner, not only what is kept of it.
  const scan = await scanBytes(file.bytes);
  if (scan === 'clean') {
    await releaseDocument(outcome.document.id);
    return { ok: true, document: { ...outcome.document, status: 'received' } };
  }
  const blobKey = await deleteDocument(outcome.dossierId, outcome.document.id);
  if (blobKey) await deleteFile(blobKey);
  return refuse(file, outcome.dossierId, scan === 'infected' ? 'infected' : 'scannerDown');
}
