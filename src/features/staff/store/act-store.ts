import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { StaffSession } from '../../auth/index';
import type { ActKind } from '../model/acts';

/** The dossier of this company with this reference, locked until the transaction ends; null otherwise. */
export async function lockDossier(
  client: pg.PoolClient,
  company: string,
  reference: string,
): Promise<{ id: string; candidateId: string; status: string; version: number } | null> {
  const { rows } = await client.query(
    `SELECT id, candidate_id, status, version FROM dossiers
      WHERE housing_company = $1 AND reference = $2 FOR UPDATE`,
    [company, reference],
  );
  const row = rows[0];
  return row ? { id: row.id, candidateId: row.candidate_id, status: row.status, version: row.version } : null;
}

/** The act this staff member already recorded with this key (a retried or doubled form), if any. */
export async function actOfKey(
  client: pg.PoolClient,
  key: string,
): Promise<{ id: string; dossierId: string; kind: ActKind } | null> {
  const { rows } = await client.query('SELECT id, dossier_id, kind FROM staff_acts WHERE idempotency_key = $1', [key]);
  const row = rows[0];
  return row ? { id: row.id, dossierId: row.dossier_id, kind: row.kind } : null;
}

/**
 * Records one act with who did it and why; the new act's id, or null when this key was recorded
 * meanwhile (two copies of one form that passed the row lock together, as on the local database).
 */
export async function insertAct(
  client: pg.PoolClient,
  act: { dossierId: string; kind: ActKind; staff: StaffSession; reason: string; key: string; documentId?: string },
): Promise<string | null> {
  const id = randomUUID();
  const { rowCount } = await client.query(
    `INSERT INTO staff_acts (id, dossier_id, kind, staff_id, staff_name, company, reason, document_id, idempotency_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (idempotency_key) DO NOTHING`,
    [
      id,
      act.dossierId,
      act.kind,
      act.staff.staffId,
      `${act.staff.givenName} ${act.staff.familyName}`,
      act.staff.company,
      act.reason,
      act.documentId ?? null,
      act.key,
    ],
  );
  return rowCount === 1 ? id : null;
}

/** Which acts the dossier has of these kinds. */
export async function actKindsOf(client: pg.PoolClient, dossierId: string): Promise<Set<ActKind>> {
  const { rows } = await client.query<{ kind: ActKind }>('SELECT DISTINCT kind FROM staff_acts WHERE dossier_id = $1', [
    dossierId,
  ]);
  return new Set(rows.map((r) => r.kind));
}
