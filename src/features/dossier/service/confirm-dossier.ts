import type { Confirmation, Dossier } from '../model/types';
import { audit, candidateActor } from '../../../platform/db/audit';
import { earlierConfirmation, insertConfirmation } from '../store/confirmation-store';
import { readDossier } from './read-dossier';
import { inTransaction } from '../../../platform/db/transaction';

export type ConfirmResult = { ok: true; confirmation: Confirmation } | { ok: false; conflict: Dossier };

/** A new reference that happens to exist already is drawn again, a few times at most. */
const ATTEMPTS = 3;

interface Outcome {
  dossierId: string;
  /** null: the version was stale. */
  confirmation: Confirmation | null;
  isNew: boolean;
}

/**
 * Confirms the dossier exactly once per idempotency key: a retry with the same key returns the
 * first confirmation; a second key after a confirmation of the same version also returns that
 * confirmation. Refuses (returns { ok: false, conflict }) when expectedVersion is stale. Sets
 * status 'confirmed' (a struck-off dossier keeps its status); audit 'dossier.confirm', or
 * 'dossier.confirm.repeat' when an earlier confirmation is returned. Keys are kept per
 * candidate, so nobody reaches another person's confirmation with a key.
 */
export async function confirmDossier(
  candidateId: string,
  idempotencyKey: string,
  expectedVersion: number,
): Promise<ConfirmResult> {
  const key = `${candidateId}:${idempotencyKey}`;
  const actor = candidateActor(candidateId);
  const outcome = await inTransaction(async (client): Promise<Outcome> => {
    // The row lock makes concurrent confirmations of one dossier take turns (real Postgres).
    const { rows } = await client.query<{ id: string; version: number }>(
      'SELECT id, version FROM dossiers WHERE candidate_id = $1 FOR UPDATE',
      [candidateId],
    );
    const dossier = rows[0];
    if (!dossier) throw new Error('confirmDossier: the candidate has no dossier');
    const dossierId = dossier.id;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const earlier = await earlierConfirmation(client, dossierId, key, dossier.version);
      if (earlier.byKey) return { dossierId, confirmation: earlier.byKey, isNew: false };
      if (dossier.version !== expectedVersion) return { dossierId, confirmation: null, isNew: false };
      if (earlier.byVersion) return { dossierId, confirmation: earlier.byVersion, isNew: false };
      const confirmation = await insertConfirmation(client, dossierId, key, dossier.version);
      if (confirmation) {
        await client.query(
          `UPDATE dossiers SET status = 'confirmed', updated_at = now() WHERE id = $1 AND status = 'open'`,
          [dossierId],
        );
        await audit(actor, dossierId, 'dossier.confirm', client);
        return { dossierId, confirmation, isNew: true };
      }
    }
    throw new Error('confirmDossier: could not record the confirmation');
  });
  if (!outcome.confirmation) {
    const current = await readDossier(candidateId);
    if (!current) throw new Error('confirmDossier: the candidate has no dossier');
    await audit(actor, current.id, 'dossier.conflict.confirm');
    return { ok: false, conflict: current };
  }
  if (!outcome.isNew) await audit(actor, outcome.dossierId, 'dossier.confirm.repeat');
  return { ok: true, confirmation: outcome.confirmation };
}
