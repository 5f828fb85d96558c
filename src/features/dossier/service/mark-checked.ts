import type { Section } from '../model/types';
import { audit, candidateActor } from '../../../platform/db/audit';
import { inTransaction } from '../../../platform/db/transaction';

/**
 * "This is right": marks the section 'checked' (keeps 'changed' if it was changed); audit
 * 'dossier.check.<section>'. Does nothing for a candidate without a dossier.
 */
export async function markChecked(candidateId: string, section: Section): Promise<void> {
  await inTransaction(async (client) => {
    const { rows } = await client.query<{ dossier_id: string }>(
      `INSERT INTO section_checks (dossier_id, section, state)
       SELECT id, $2, 'checked' FROM dossiers WHERE candidate_id = $1
       ON CONFLICT (dossier_id, section) DO UPDATE SET at = now()
       RETURNING dossier_id`,
      [candidateId, section],
    );
    const dossierId = rows[0]?.dossier_id;
    if (dossierId) await audit(candidateActor(candidateId), dossierId, `dossier.check.${section}`, client);
  });
}
