import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { db } from '../../../platform/db/db';
import { consentState, type Consent } from '../model/consent';

type Queryable = pg.Pool | pg.PoolClient;

/** The consent given with this key (a retried or doubled form), if this dossier gave one. */
export async function consentOfKey(q: Queryable, dossierId: string, key: string): Promise<string | null> {
  const { rows } = await q.query<{ id: string }>(
    'SELECT id FROM helper_consents WHERE idempotency_key = $1 AND dossier_id = $2',
    [key, dossierId],
  );
  return rows[0]?.id ?? null;
}

/**
 * Gives one organisation consent for `months`, ending any consent of this dossier for the same
 * organisation that still runs (the new period replaces it). The new consent's id, or null when
 * this key was used meanwhile.
 */
export async function insertConsent(
  client: pg.PoolClient,
  consent: { dossierId: string; organisation: string; organisationName: string; months: number; key: string },
): Promise<string | null> {
  const id = randomUUID();
  const { rowCount } = await client.query(
    `INSERT INTO helper_consents (id, dossier_id, organisation, organisation_name, months, ends_at, idempotency_key)
     VALUES ($1, $2, $3, $4, $5, now() + make_interval(months => $5), $6) ON CONFLICT (idempotency_key) DO NOTHING`,
    [id, consent.dossierId, consent.organisation, consent.organisationName, consent.months, consent.key],
  );
  if (rowCount !== 1) return null;
  await client.query(
    `UPDATE helper_consents SET withdrawn_at = now()
      WHERE dossier_id = $1 AND organisation = $2 AND id <> $3 AND withdrawn_at IS NULL AND ends_at > now()`,
    [consent.dossierId, consent.organisation, id],
  );
  return id;
}

/** Withdraws this dossier's running consent; false when there is none with this id (already ended, or not theirs). */
export async function withdrawConsent(dossierId: string, consentId: string): Promise<boolean> {
  const { rowCount } = await db().query(
    `UPDATE helper_consents SET withdrawn_at = now()
      WHERE id = $1 AND dossier_id = $2 AND withdrawn_at IS NULL AND ends_at > now()`,
    [consentId, dossierId],
  );
  return rowCount === 1;
}

/** Every consent this dossier gave, newest first, each with who looked and when. */
export async function consentsOfDossier(dossierId: string): Promise<Consent[]> {
  const { rows } = await db().query(
    `SELECT c.id, c.organisation_name, c.months, c.given_at, c.ends_at, c.withdrawn_at,
            coalesce((SELECT json_agg(json_build_object('helperName', v.helper_name, 'what', v.what, 'at', v.at)
                        ORDER BY v.at DESC)
                        FROM helper_views v WHERE v.consent_id = c.id), '[]'::json) AS views
       FROM helper_consents c WHERE c.dossier_id = $1 ORDER BY c.given_at DESC`,
    [dossierId],
  );
  return rows.map((row) => {
    const withdrawnAt = row.withdrawn_at ? (row.withdrawn_at as Date).toISOString() : null;
    const endsAt = (row.ends_at as Date).toISOString();
    return {
      id: row.id,
      organisationName: row.organisation_name,
      months: row.months,
      givenAt: (row.given_at as Date).toISOString(),
      endsAt,
      withdrawnAt,
      state: consentState(endsAt, withdrawnAt),
      views: (row.views as Consent['views']).map((view) => ({ ...view, at: new Date(view.at).toISOString() })),
    };
  });
}
