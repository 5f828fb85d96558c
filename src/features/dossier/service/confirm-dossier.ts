import type pg from 'pg';
import { SECTIONS, type Confirmation, type Dossier, type Section } from '../model/types';
import { audit, candidateActor } from '../../../platform/db/audit';
import { earlierConfirmation, insertConfirmation } from '../store/confirmation-store';
import { readDossier } from './read-dossier';
import { inTransaction } from '../../../platform/db/transaction';

/**
 * Refused: `changed` when the dossier changed since the form was shown, `open` when parts are
 * still "to check" (whatever the form says: the check page hides the button, the service decides).
 */
export type ConfirmResult =
  { ok: true; confirmation: Confirmation } | { ok: false; reason: 'changed' | 'open'; conflict: Dossier };

/** A new reference that happens to exist already is drawn again, a few times at most. */
const ATTEMPTS = 3;

interface Outcome {
  dossierId: string;
  /** null: refused for `refusal`. */
  confirmation: Confirmation | null;
  refusal?: 'changed' | 'open';
  isNew: boolean;
}

/** The parts of the dossier nobody said "this is right" to, nor changed. */
async function partsToCheck(client: pg.PoolClient, dossierId: string): Promise<Section[]> {
  const { rows } = await client.query<{ section: Section }>(
    'SELECT section FROM section_checks WHERE dossier_id = $1',
    [dossierId],
  );
  const done = new Set(rows.map((row) => row.section));
  return SECTIONS.filter((section) => !done.has(section));
}

/**
 * Confirms the dossier exactly once per idempotency key: a retry with the same key returns the
 * first confirmation; a second key after a confirmation of the same version also returns that
 * confirmation. Refuses (returns { ok: false, reason, conflict }) when expectedVersion is stale
 * or a part is still to check. Sets status 'confirmed' (a struck-off dossier keeps its status);
 * audit 'dossier.confirm', or 'dossier.confirm.repeat' when an earlier confirmation is returned. Keys are kept per
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
      if (dossier.version !== expectedVersion)
        return { dossierId, confirmation: null, refusal: 'changed', isNew: false };
      if ((await partsToCheck(client, dossierId)).length > 0) {
        return { dossierId, confirmation: null, refusal: 'open', isNew: false };
      }
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
    const reason = outcome.refusal ?? 'changed';
    await audit(actor, current.id, reason === 'open' ? 'dossier.confirm.refused.open' : 'dossier.conflict.confirm');
    return { ok: false, reason, conflict: current };
  }
  if (!outcome.isNew) await audit(actor, outcome.dossierId, 'dossier.confirm.repeat');
  return { ok: true, confirmation: outcome.confirmation };
}
