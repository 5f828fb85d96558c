import { db } from '../../../platform/db/db';

/** The candidate's own dossier's id, without reading any of it; null when they have none. */
export async function dossierIdOf(candidateId: string): Promise<string | null> {
  const { rows } = await db().query<{ id: string }>('SELECT id FROM dossiers WHERE candidate_id = $1', [candidateId]);
  return rows[0]?.id ?? null;
}
