import type pg from 'pg';
import { db } from '../../../platform/db/db';
import type { StaffAct } from '../model/acts';
import type { StaffCandidate } from '../model/types';
import { SUMMARY_COLUMNS, toSummary } from './candidate-list-store';

type Queryable = pg.Pool | pg.PoolClient;

/**
 * One candidate of this company by dossier reference; null for a reference of another company
 * or none at all (the caller answers 404 either way, so nothing tells them apart).
 */
export async function readStaffCandidate(
  company: string,
  reference: string,
  today: string,
  q: Queryable = db(),
): Promise<StaffCandidate | null> {
  const { rows } = await q.query(
    `SELECT ${SUMMARY_COLUMNS}, d.id AS dossier_id, d.candidate_id, d.version, c.preferred_lang,
            h.municipality, EXISTS (SELECT 1 FROM helper_consents hc WHERE hc.dossier_id = d.id) AS gave_consent
       FROM dossiers d JOIN candidates c ON c.id = d.candidate_id
       LEFT JOIN housing h ON h.dossier_id = d.id
      WHERE d.housing_company = $1 AND d.reference = $3`,
    [company, today, reference],
  );
  const row = rows[0];
  if (!row) return null;
  const dossierId: string = row.dossier_id;
  const [letters, documents, acts, confirmation, strikeOff] = await Promise.all([
    q.query(
      `SELECT kind, to_char(sent_on, 'YYYY-MM-DD') AS "sentOn", to_char(deadline, 'YYYY-MM-DD') AS deadline
         FROM letters WHERE dossier_id = $1 ORDER BY sent_on`,
      [dossierId],
    ),
    q.query(`SELECT id, kind, status, uploaded_at FROM documents WHERE dossier_id = $1 ORDER BY uploaded_at`, [
      dossierId,
    ]),
    q.query(`SELECT kind, staff_name, reason, at FROM staff_acts WHERE dossier_id = $1 ORDER BY at`, [dossierId]),
    q.query(
      `SELECT f.reference, f.confirmed_at, a.staff_name FROM confirmations f
         LEFT JOIN staff_acts a ON a.id = f.staff_act_id
        WHERE f.dossier_id = $1 ORDER BY f.confirmed_at DESC LIMIT 1`,
      [dossierId],
    ),
    q.query(
      `SELECT ground, to_char(notice_date, 'YYYY-MM-DD') AS notice_date, to_char(contested_on, 'YYYY-MM-DD') AS contested_on
         FROM strike_offs WHERE dossier_id = $1`,
      [dossierId],
    ),
  ]);
  const actList: StaffAct[] = acts.rows.map((a) => ({
    kind: a.kind,
    staffName: a.staff_name,
    reason: a.reason,
    at: (a.at as Date).toISOString(),
  }));
  const has = (kind: StaffAct['kind']) => actList.some((a) => a.kind === kind);
  const f = confirmation.rows[0];
  const s = strikeOff.rows[0];
  return {
    ...toSummary(row),
    dossierId,
    candidateId: row.candidate_id,
    municipality: row.municipality ?? '',
    preferredLang: row.preferred_lang,
    version: row.version,
    letters: letters.rows,
    documents: documents.rows.map((d) => ({
      id: d.id,
      kind: d.kind,
      status: d.status,
      uploadedAt: (d.uploaded_at as Date).toISOString(),
    })),
    acts: actList,
    hasProxy: has('proxy'),
    hasPaperReaction: has('paper-reaction'),
    // Help asked at the desk, or a helper organisation the candidate let follow the dossier.
    askedHelp: has('help-asked') || row.gave_consent === true,
    confirmation: f
      ? { reference: f.reference, confirmedAt: (f.confirmed_at as Date).toISOString(), byStaff: f.staff_name ?? null }
      : null,
    strikeOff: s ? { ground: s.ground, noticeDate: s.notice_date, contestedOn: s.contested_on } : null,
  };
}

/** Whose dossier this company's reference is, without reading the rest; null for any other. */
export async function candidateIdOf(company: string, reference: string): Promise<string | null> {
  const { rows } = await db().query<{ candidate_id: string }>(
    'SELECT candidate_id FROM dossiers WHERE housing_company = $1 AND reference = $2',
    [company, reference],
  );
  return rows[0]?.candidate_id ?? null;
}
