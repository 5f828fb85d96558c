import type pg from 'pg';
import type { Dossier } from '../model/types';
import { audit, candidateActor } from '../../../platform/db/audit';
import { db } from '../../../platform/db/db';
import { DOSSIER_QUERY } from '../store/dossier-query';
import { toDossier, type DossierJson } from '../store/dossier-row';

/**
 * The candidate's own dossier, read without auditing: for the services that audit their own
 * action. Pass a transaction's client to read inside it.
 */
export async function readDossier(
  candidateId: string,
  client: pg.Pool | pg.PoolClient = db(),
): Promise<Dossier | null> {
  const { rows } = await client.query<{ dossier: DossierJson }>(DOSSIER_QUERY, [candidateId]);
  return rows[0] ? toDossier(rows[0].dossier) : null;
}

/**
 * The candidate's own dossier; audit 'dossier.read' (or the caller's own read action, such as
 * 'dossier.read.api'). null when the candidate has none. There is no way to ask for another
 * candidate's dossier: the only key is the session's candidate id.
 */
export async function loadDossier(candidateId: string, action = 'dossier.read'): Promise<Dossier | null> {
  const dossier = await readDossier(candidateId);
  if (dossier) await audit(candidateActor(candidateId), dossier.id, action);
  return dossier;
}
