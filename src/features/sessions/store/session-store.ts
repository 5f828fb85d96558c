import { randomUUID } from 'node:crypto';
import { db } from '../../../platform/db/db';
import type { HelpSession, StaffHelpSession } from '../model/types';
import { SESSION_COLUMNS, toSession, type SessionRow } from './session-rows';

/** The most sessions one search lists: a municipality rarely has more than a few a month. */
const LIST_MAX = 50;

/** Sessions still to come at a postcode or in a municipality (any case), soonest first. */
export async function comingSessionsAt(place: string): Promise<HelpSession[]> {
  const { rows } = await db().query<SessionRow>(
    `SELECT ${SESSION_COLUMNS} FROM help_sessions s
      WHERE (s.postcode = $1 OR lower(s.municipality) = lower($1)) AND s.starts_at > now()
      ORDER BY s.starts_at, s.id LIMIT $2`,
    [place, LIST_MAX],
  );
  return rows.map(toSession);
}

/** One session by its id (past ones too), with its company; null when there is none. */
export async function sessionById(id: string): Promise<(HelpSession & { company: string }) | null> {
  const { rows } = await db().query<SessionRow>(`SELECT ${SESSION_COLUMNS} FROM help_sessions s WHERE s.id = $1`, [id]);
  return rows[0] ? { ...toSession(rows[0]), company: rows[0].company } : null;
}

/** The first coming session with a free place in the same municipality, other than `id`. */
export async function nextWithPlaces(session: HelpSession): Promise<HelpSession | null> {
  const { rows } = await db().query<SessionRow>(
    `SELECT ${SESSION_COLUMNS} FROM help_sessions s
      WHERE lower(s.municipality) = lower($1) AND s.id <> $2 AND s.starts_at > now() AND s.places_taken < s.places
      ORDER BY s.starts_at, s.id LIMIT 1`,
    [session.municipality, session.id],
  );
  return rows[0] ? toSession(rows[0]) : null;
}

/**
 * Takes one place, in one statement that only succeeds while a place is free and the session is to
 * come: two people asking for the last place at once get it once. False when it is full or over.
 */
export async function takePlace(id: string): Promise<boolean> {
  const { rowCount } = await db().query(
    `UPDATE help_sessions SET places_taken = places_taken + 1
      WHERE id = $1 AND places_taken < places AND starts_at > now()`,
    [id],
  );
  return rowCount === 1;
}

/** Frees one place again (a cancellation, or a place taken for a doubled form). */
export async function givePlaceBack(id: string): Promise<void> {
  await db().query('UPDATE help_sessions SET places_taken = places_taken - 1 WHERE id = $1 AND places_taken > 0', [id]);
}

export interface NewSession {
  company: string;
  createdBy: string;
  place: string;
  address: string;
  postcode: string;
  municipality: string;
  startsAt: Date;
  endsAt: Date;
  languages: string[];
  bring: string;
  places: number;
  idempotencyKey: string;
}

/** Publishes a session once per form key; the id of the session that key published. */
export async function insertSession(s: NewSession): Promise<string> {
  await db().query(
    `INSERT INTO help_sessions (id, company, created_by, place, address, postcode, municipality, starts_at, ends_at,
       languages, bring, places, idempotency_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT (idempotency_key) DO NOTHING`,
    [
      randomUUID(),
      s.company,
      s.createdBy,
      s.place,
      s.address,
      s.postcode,
      s.municipality,
      s.startsAt,
      s.endsAt,
      s.languages,
      s.bring,
      s.places,
      s.idempotencyKey,
    ],
  );
  const { rows } = await db().query<{ id: string }>('SELECT id FROM help_sessions WHERE idempotency_key = $1', [
    s.idempotencyKey,
  ]);
  return rows[0]?.id ?? '';
}

/** A company's sessions, coming ones first (soonest first), then past ones (latest first). */
export async function sessionsOfCompany(company: string): Promise<StaffHelpSession[]> {
  const { rows } = await db().query<SessionRow & { reservations: number }>(
    `SELECT ${SESSION_COLUMNS},
       (SELECT count(*)::int FROM help_session_reservations r WHERE r.session_id = s.id AND r.cancelled_at IS NULL) AS reservations
      FROM help_sessions s WHERE s.company = $1
      ORDER BY s.starts_at < now(), CASE WHEN s.starts_at > now() THEN s.starts_at END, s.starts_at DESC
      LIMIT 500`,
    [company],
  );
  return rows.map((row) => ({ ...toSession(row), company: row.company, reservations: row.reservations }));
}
