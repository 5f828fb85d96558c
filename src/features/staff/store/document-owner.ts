import { db } from '../../../platform/db/db';

/** The candidate whose dossier holds this document, when that dossier is of this company; else null. */
export async function documentOwnerInCompany(company: string, documentId: string): Promise<string | null> {
  const { rows } = await db().query<{ candidate_id: string }>(
    `SELECT d.candidate_id FROM documents x JOIN dossiers d ON d.id = x.dossier_id
      WHERE x.id = $1 AND d.housing_company = $2`,
    [documentId, company],
  );
  return rows[0]?.candidate_id ?? null;
}
