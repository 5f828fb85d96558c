import type pg from 'pg';
import type { StrikeOffGround } from '../model/grounds';

/**
 * Records the strike-off with what was known at that moment, for the monitoring report: the
 * municipality, whether the candidate ever logged in, asked for help (at the company's desk, or
 * by letting a helper organisation follow the dossier), had a proxy.
 */
export async function insertStrikeOff(
  client: pg.PoolClient,
  s: { dossierId: string; actId: string; ground: StrikeOffGround; noticeDate: string; company: string },
): Promise<void> {
  await client.query(
    `INSERT INTO strike_offs (dossier_id, act_id, ground, notice_date, company, municipality,
                              never_logged_in, had_help, had_proxy)
     SELECT d.id, $2, $3, $4, $5, coalesce(h.municipality, ''),
            c.last_login_at IS NULL,
            EXISTS (SELECT 1 FROM staff_acts a WHERE a.dossier_id = d.id AND a.kind = 'help-asked')
              OR EXISTS (SELECT 1 FROM helper_consents hc WHERE hc.dossier_id = d.id),
            EXISTS (SELECT 1 FROM staff_acts a WHERE a.dossier_id = d.id AND a.kind = 'proxy')
       FROM dossiers d JOIN candidates c ON c.id = d.candidate_id LEFT JOIN housing h ON h.dossier_id = d.id
      WHERE d.id = $1`,
    [s.dossierId, s.actId, s.ground, s.noticeDate, s.company],
  );
}

export async function strikeOffOf(
  client: pg.PoolClient,
  dossierId: string,
): Promise<{ noticeDate: string; contestedOn: string | null } | null> {
  const { rows } = await client.query(
    `SELECT to_char(notice_date, 'YYYY-MM-DD') AS notice_date, to_char(contested_on, 'YYYY-MM-DD') AS contested_on
       FROM strike_offs WHERE dossier_id = $1`,
    [dossierId],
  );
  const row = rows[0];
  return row ? { noticeDate: row.notice_date, contestedOn: row.contested_on } : null;
}

export async function recordContest(client: pg.PoolClient, dossierId: string, date: string): Promise<void> {
  await client.query('UPDATE strike_offs SET contested_on = $2 WHERE dossier_id = $1', [dossierId, date]);
}
