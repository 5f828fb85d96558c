import type pg from 'pg';
import { db } from '../../../platform/db/db';
import type { DocumentKind } from '../model/kinds';
import type { AskedDocument, DocumentStatus, SentDocument } from '../model/types';

interface DocumentRow {
  id: string;
  filename: string;
  kind: DocumentKind;
  content_type: string;
  size_bytes: number;
  status: DocumentStatus;
  uploaded_at: Date;
}

const COLUMNS = 'id, filename, kind, content_type, size_bytes, status, uploaded_at';

const toSent = (row: DocumentRow): SentDocument => ({
  id: row.id,
  displayName: row.filename,
  kind: row.kind,
  contentType: row.content_type,
  sizeBytes: row.size_bytes,
  status: row.status,
  uploadedAt: row.uploaded_at.toISOString(),
});

/** The dossier a person's files belong to, locked for this transaction so two uploads take turns. */
export interface LockedDossier {
  id: string;
  confirmed: boolean;
  files: number;
  bytes: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** True when `id` can be a document id at all: anything else is a 404 without a query. */
export const isDocumentId = (id: string | undefined): id is string => id !== undefined && UUID.test(id);

/** The candidate's dossier with what it holds, or null; inside a transaction it is locked. */
export async function dossierUsage(
  candidateId: string,
  client: pg.Pool | pg.PoolClient = db(),
  lock = false,
): Promise<LockedDossier | null> {
  const { rows } = await client.query<{ id: string; status: string }>(
    `SELECT id, status FROM dossiers WHERE candidate_id = $1${lock ? ' FOR UPDATE' : ''}`,
    [candidateId],
  );
  const dossier = rows[0];
  if (!dossier) return null;
  const usage = await client.query<{ files: number; bytes: number }>(
    'SELECT count(*)::int AS files, coalesce(sum(size_bytes), 0)::bigint::float8 AS bytes FROM documents WHERE dossier_id = $1',
    [dossier.id],
  );
  const { files, bytes } = usage.rows[0] ?? { files: 0, bytes: 0 };
  return { id: dossier.id, confirmed: dossier.status !== 'open', files, bytes };
}

export interface NewDocument {
  id: string;
  dossierId: string;
  kind: DocumentKind;
  displayName: string;
  contentType: string;
  sizeBytes: number;
  blobKey: string;
  sha256: string;
  status: DocumentStatus;
  uploadKey: string;
}

/** Adds a file's row; null when the upload that brought it was stored already (a finish sent twice). */
export async function insertDocument(client: pg.PoolClient, doc: NewDocument): Promise<SentDocument | null> {
  const { rows } = await client.query<DocumentRow>(
    `INSERT INTO documents (id, dossier_id, kind, filename, content_type, size_bytes, blob_key, sha256, status, upload_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (dossier_id, upload_key) DO NOTHING RETURNING ${COLUMNS}`,
    [
      doc.id,
      doc.dossierId,
      doc.kind,
      doc.displayName,
      doc.contentType,
      doc.sizeBytes,
      doc.blobKey,
      doc.sha256,
      doc.status,
      doc.uploadKey,
    ],
  );
  return rows[0] ? toSent(rows[0]) : null;
}

/** The file an upload brought, for a finish handled twice: the first answer again. */
export async function documentOfUpload(dossierId: string, uploadKey: string): Promise<SentDocument | null> {
  const { rows } = await db().query<DocumentRow>(
    `SELECT ${COLUMNS} FROM documents WHERE dossier_id = $1 AND upload_key = $2`,
    [dossierId, uploadKey],
  );
  return rows[0] ? toSent(rows[0]) : null;
}

/** Marks a quarantined file clean (`received`). */
export async function releaseDocument(id: string): Promise<void> {
  await db().query(`UPDATE documents SET status = 'received' WHERE id = $1 AND status = 'quarantined'`, [id]);
}

/** The dossier's files, oldest first. */
export async function listDocuments(dossierId: string): Promise<SentDocument[]> {
  const { rows } = await db().query<DocumentRow>(
    `SELECT ${COLUMNS} FROM documents WHERE dossier_id = $1 ORDER BY uploaded_at, id`,
    [dossierId],
  );
  return rows.map(toSent);
}

/** One file of this dossier with its storage key, or null (another dossier's id is null too). */
export async function findDocument(
  dossierId: string,
  id: string,
): Promise<{ document: SentDocument; blobKey: string } | null> {
  const { rows } = await db().query<DocumentRow & { blob_key: string }>(
    `SELECT ${COLUMNS}, blob_key FROM documents WHERE dossier_id = $1 AND id = $2`,
    [dossierId, id],
  );
  const row = rows[0];
  return row ? { document: toSent(row), blobKey: row.blob_key } : null;
}

/** Removes a file's row; returns its storage key, or null when it was not this dossier's. */
export async function deleteDocument(dossierId: string, id: string, client: pg.Pool | pg.PoolClient = db()) {
  const { rows } = await client.query<{ blob_key: string }>(
    'DELETE FROM documents WHERE dossier_id = $1 AND id = $2 RETURNING blob_key',
    [dossierId, id],
  );
  return rows[0]?.blob_key ?? null;
}

/** What the housing company asks for, each with how many files prove it, in the order of DOCUMENT_KINDS. */
export async function askedDocuments(dossierId: string): Promise<AskedDocument[]> {
  const { rows } = await db().query<{ kind: DocumentKind; received: number }>(
    `SELECT r.kind, (SELECT count(*)::int FROM documents d WHERE d.dossier_id = r.dossier_id AND d.kind = r.kind) AS received
       FROM document_requests r WHERE r.dossier_id = $1`,
    [dossierId],
  );
  return rows;
}
