import type pg from 'pg';
import { db } from '../../../platform/db/db';
import { SECTIONS, type Section, type SectionState } from '../../dossier/model/index';
import type { DocumentKind } from '../../documents/model/index';
import type { HelperCandidate } from '../model/progress';

type Queryable = pg.Pool | pg.PoolClient;

/** A consent counts only while it runs: not withdrawn, not ended. Checked in every query, at the moment of the request. */
const RUNNING = 'c.withdrawn_at IS NULL AND c.ends_at > now()';

/** The candidates whose running consent names this organisation, the nearest deadline first. */
export async function candidatesOfOrganisation(organisation: string): Promise<HelperCandidate[]> {
  const { rows } = await db().query(
    `SELECT c.id, c.ends_at, p.given_name, p.family_name, d.status, to_char(d.deadline, 'YYYY-MM-DD') AS deadline
       FROM helper_consents c JOIN dossiers d ON d.id = c.dossier_id JOIN candidates p ON p.id = d.candidate_id
      WHERE c.organisation = $1 AND ${RUNNING}
      ORDER BY d.deadline NULLS LAST, p.family_name, c.id`,
    [organisation],
  );
  return rows.map((row) => ({
    consentId: row.id,
    name: `${row.given_name} ${row.family_name}`,
    status: row.status,
    deadline: row.deadline,
    consentEndsAt: (row.ends_at as Date).toISOString(),
  }));
}

/** The progress columns only: what HelperProgress shows, nothing of income, household or files. */
export interface ProgressRow {
  dossierId: string;
  name: string;
  reference: string;
  housingCompany: string;
  status: 'open' | 'confirmed' | 'struck-off';
  candidateLang: string;
  consentEndsAt: string;
  sections: Record<Section, SectionState>;
  letters: { kind: 'first' | 'reminder' | 'yearly' | 'struck-off'; sentOn: string; deadline: string | null }[];
  missingDocuments: DocumentKind[];
  hasProxy: boolean;
}

/**
 * One candidate's progress through this organisation's running consent, in one statement; null
 * when the consent is not this organisation's, has ended, was withdrawn or never was.
 */
export async function readProgress(organisation: string, consentId: string, q: Queryable = db()) {
  const { rows } = await q.query(
    `SELECT d.id AS dossier_id, p.given_name, p.family_name, d.reference, d.housing_company, d.status,
            p.preferred_lang, c.ends_at,
            coalesce((SELECT json_object_agg(s.section, s.state) FROM section_checks s WHERE s.dossier_id = d.id),
                     '{}'::json) AS sections,
            coalesce((SELECT json_agg(json_build_object('kind', l.kind, 'sentOn', to_char(l.sent_on, 'YYYY-MM-DD'),
                        'deadline', to_char(l.deadline, 'YYYY-MM-DD')) ORDER BY l.sent_on, l.id)
                        FROM letters l WHERE l.dossier_id = d.id), '[]'::json) AS letters,
            coalesce((SELECT json_agg(r.kind ORDER BY r.kind) FROM document_requests r
                       WHERE r.dossier_id = d.id AND NOT EXISTS (SELECT 1 FROM documents x
                         WHERE x.dossier_id = d.id AND x.kind = r.kind AND x.status IN ('received', 'checked'))),
                     '[]'::json) AS missing,
            EXISTS (SELECT 1 FROM staff_acts a WHERE a.dossier_id = d.id AND a.kind = 'proxy') AS has_proxy
       FROM helper_consents c JOIN dossiers d ON d.id = c.dossier_id JOIN candidates p ON p.id = d.candidate_id
      WHERE c.id = $1 AND c.organisation = $2 AND ${RUNNING}`,
    [consentId, organisation],
  );
  const row = rows[0];
  if (!row) return null;
  const checks = row.sections as Partial<Record<Section, SectionState>>;
  return {
    dossierId: row.dossier_id,
    name: `${row.given_name} ${row.family_name}`,
    reference: row.reference,
    housingCompany: row.housing_company,
    status: row.status,
    candidateLang: row.preferred_lang,
    consentEndsAt: (row.ends_at as Date).toISOString(),
    sections: Object.fromEntries(SECTIONS.map((s) => [s, checks[s] ?? 'to-check'])) as Record<Section, SectionState>,
    letters: row.letters,
    missingDocuments: row.missing,
    hasProxy: row.has_proxy,
  } satisfies ProgressRow;
}

/** Writes down that this helper looked, for the candidate's list (the audit row goes with it). */
export async function insertView(
  client: pg.PoolClient,
  view: { consentId: string; helperId: string; helperName: string; what: 'progress' | 'sheet' },
): Promise<void> {
  await client.query('INSERT INTO helper_views (consent_id, helper_id, helper_name, what) VALUES ($1, $2, $3, $4)', [
    view.consentId,
    view.helperId,
    view.helperName,
    view.what,
  ]);
}
