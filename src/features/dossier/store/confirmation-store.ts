import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Confirmation } from '../model/types';
import { newConfirmationReference } from '../service/confirmation-reference';

interface Row {
  reference: string;
  confirmed_at: Date;
  dossier_version: number;
  idempotency_key: string;
}

const COLUMNS = 'reference, confirmed_at, dossier_version, idempotency_key';
const toConfirmation = (row: Row): Confirmation => ({
  reference: row.reference,
  confirmedAt: row.confirmed_at.toISOString(),
  dossierVersion: row.dossier_version,
});

/** The confirmation recorded with this key, else the one of this dossier version, if any. */
export async function earlierConfirmation(
  client: pg.PoolClient,
  dossierId: string,
  key: string,
  version: number,
): Promise<{ byKey: Confirmation | null; byVersion: Confirmation | null }> {
  const { rows } = await client.query<Row>(
    `SELECT ${COLUMNS} FROM confirmations
      WHERE dossier_id = $1 AND (idempotency_key = $2 OR dossier_version = $3)`,
    [dossierId, key, version],
  );
  const byKey = rows.find((row) => row.idempotency_key === key);
  const byVersion = rows.find((row) => row.dossier_version === version);
  return { byKey: byKey ? toConfirmation(byKey) : null, byVersion: byVersion ? toConfirmation(byVersion) : null };
}

/**
 * Records the confirmation of one dossier version, unless that version or that key already has
 * one: unique indexes on the key and on (dossier, version) make this one atomic statement, so two
 * requests that slip past the row lock (or share one session, as locally) still record one.
 * Returns null when nothing was inserted; the caller then reads the one that won.
 */
export async function insertConfirmation(
  client: pg.PoolClient,
  dossierId: string,
  key: string,
  version: number,
  /** The staff act, when a housing company's staff member confirms on the candidate's behalf. */
  staffActId: string | null = null,
): Promise<Confirmation | null> {
  const { rows } = await client.query<Row>(
    `INSERT INTO confirmations (id, dossier_id, reference, dossier_version, idempotency_key, staff_act_id)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT DO NOTHING
     RETURNING ${COLUMNS}`,
    [randomUUID(), dossierId, newConfirmationReference(), version, key, staffActId],
  );
  return rows[0] ? toConfirmation(rows[0]) : null;
}
