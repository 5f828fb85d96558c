import type { Dossier, Section } from '../model/types';
import { audit, candidateActor } from '../../../platform/db/audit';
import { readDossier } from './read-dossier';
import { recordSectionState } from './section-state';
import { validatedValues } from '../model/sections';
import { writeSection } from '../store/section-writers';
import { inTransaction } from '../../../platform/db/transaction';

export type SaveResult = { ok: true; version: number } | { ok: false; conflict: Dossier };

/**
 * Saves one section's change form (values already validated by the section's zod schema from
 * model/sections/), only if the dossier is still at expectedVersion; bumps version,
 * marks the section 'changed' with the changed field names; audit 'dossier.update.<section>'.
 * On a version mismatch returns the current dossier and changes nothing (audit
 * 'dossier.conflict.<section>'). A confirmed dossier that changes is open again: the new data
 * still has to be confirmed.
 */
export async function saveSection(
  candidateId: string,
  section: Exclude<Section, 'documents'>,
  expectedVersion: number,
  values: unknown,
): Promise<SaveResult> {
  const validated = validatedValues(section, values);
  const actor = candidateActor(candidateId);
  const version = await inTransaction(async (client) => {
    // Optimistic lock: only the save that starts from the current version gets the row.
    const bumped = await client.query<{ id: string; version: number }>(
      `UPDATE dossiers SET version = version + 1, updated_at = now(),
              status = CASE WHEN status = 'confirmed' THEN 'open' ELSE status END
        WHERE candidate_id = $1 AND version = $2
        RETURNING id, version`,
      [candidateId, expectedVersion],
    );
    const row = bumped.rows[0];
    if (!row) return null;
    const before = await readDossier(candidateId, client);
    if (!before) return null;
    const changed = await writeSection(section, client, before, validated, candidateId);
    await recordSectionState(client, before, section, changed);
    await audit(actor, row.id, `dossier.update.${section}`, client);
    return row.version;
  });
  if (version !== null) return { ok: true, version };
  const current = await readDossier(candidateId);
  if (!current) throw new Error('saveSection: the candidate has no dossier');
  await audit(actor, current.id, `dossier.conflict.${section}`);
  return { ok: false, conflict: current };
}
