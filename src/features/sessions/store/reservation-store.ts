import { randomUUID } from 'node:crypto';
import { isLang, type Lang } from '../../../lib/languages';
import { db } from '../../../platform/db/db';
import type { Reservation } from '../model/types';

interface Row {
  reference: string;
  session_id: string;
  first_name: string;
  phone: string;
  lang: string;
  cancelled_at: Date | null;
}

const COLUMNS = 'reference, session_id, first_name, phone, lang, cancelled_at';

const toReservation = (row: Row): Reservation => ({
  reference: row.reference,
  sessionId: row.session_id,
  firstName: row.first_name,
  phone: row.phone,
  lang: isLang(row.lang) ? row.lang : 'nl',
  cancelled: row.cancelled_at !== null,
});

/** The reservation a form key already made, if any. */
export async function reservationByKey(key: string): Promise<Reservation | null> {
  const { rows } = await db().query<Row>(
    `SELECT ${COLUMNS} FROM help_session_reservations WHERE idempotency_key = $1`,
    [key],
  );
  return rows[0] ? toReservation(rows[0]) : null;
}

export async function reservationByReference(reference: string): Promise<Reservation | null> {
  const { rows } = await db().query<Row>(`SELECT ${COLUMNS} FROM help_session_reservations WHERE reference = $1`, [
    reference,
  ]);
  return rows[0] ? toReservation(rows[0]) : null;
}

export interface NewReservation {
  sessionId: string;
  reference: string;
  firstName: string;
  phone: string;
  lang: Lang;
  idempotencyKey: string;
}

/**
 * Records a reservation; false when its key (or, once in billions, its reference) exists already:
 * ON CONFLICT instead of a transaction, so doubled forms stay one reservation on PGlite too.
 */
export async function insertReservation(r: NewReservation): Promise<boolean> {
  const { rowCount } = await db().query(
    `INSERT INTO help_session_reservations (id, session_id, reference, first_name, phone, lang, idempotency_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
    [randomUUID(), r.sessionId, r.reference, r.firstName, r.phone, r.lang, r.idempotencyKey],
  );
  return rowCount === 1;
}

/** Marks a reservation cancelled; its session's id when this call cancelled it, else null. */
export async function cancelReservation(reference: string): Promise<string | null> {
  const { rows } = await db().query<{ session_id: string }>(
    `UPDATE help_session_reservations SET cancelled_at = now()
      WHERE reference = $1 AND cancelled_at IS NULL RETURNING session_id`,
    [reference],
  );
  return rows[0]?.session_id ?? null;
}

/** The reservations of one session, in the order they came. */
export async function reservationsOfSession(sessionId: string): Promise<Reservation[]> {
  const { rows } = await db().query<Row>(
    `SELECT ${COLUMNS} FROM help_session_reservations WHERE session_id = $1 ORDER BY created_at, id`,
    [sessionId],
  );
  return rows.map(toReservation);
}
