import { referenceOf } from '../model/reference';
import type { HelpSession, Reservation } from '../model/types';
import { cancelReservation, reservationByReference } from '../store/reservation-store';
import { givePlaceBack, sessionById } from '../store/session-store';

export type CancelResult =
  | { kind: 'cancelled'; reservation: Reservation; session: HelpSession | null; already: boolean }
  | { kind: 'unknown' }
  | { kind: 'invalid' };

/**
 * Cancels a reservation by its reference and frees its place. Cancelling again changes nothing
 * and says it is cancelled; an unknown reference says so.
 */
export async function cancelByReference(typed: unknown): Promise<CancelResult> {
  if (typeof typed !== 'string' || typed.trim() === '') return { kind: 'invalid' };
  const reference = referenceOf(typed);
  if (!reference) return { kind: 'unknown' };
  const sessionId = await cancelReservation(reference);
  if (sessionId) await givePlaceBack(sessionId);
  const reservation = await reservationByReference(reference);
  if (!reservation) return { kind: 'unknown' };
  const session = await sessionById(reservation.sessionId);
  return { kind: 'cancelled', reservation, session, already: sessionId === null };
}
