import type pg from 'pg';
import type { Dossier, Section } from '../model/types';

/**
 * After a save: 'changed' with every field changed in this round so far (names only), or
 * 'checked' when the form was sent back unchanged and nothing had changed before.
 */
export async function recordSectionState(
  client: pg.PoolClient,
  before: Dossier,
  section: Section,
  changedNow: string[],
): Promise<void> {
  const changedFields = [...new Set([...before.sections[section].changedFields, ...changedNow])];
  await client.query(
    `INSERT INTO section_checks (dossier_id, section, state, changed_fields, at) VALUES ($1, $2, $3, $4, now())
     ON CONFLICT (dossier_id, section)
       DO UPDATE SET state = EXCLUDED.state, changed_fields = EXCLUDED.changed_fields, at = now()`,
    [before.id, section, changedFields.length > 0 ? 'changed' : 'checked', changedFields],
  );
}
