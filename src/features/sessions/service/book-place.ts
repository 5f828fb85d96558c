import { toFieldErrors, type FieldError } from '../../../lib/validation/issues';
import type { Lang } from '../../../lib/languages';
import { bookingSchema } from '../model/booking-schema';
import { newReference } from '../model/reference';
import type { HelpSession, Reservation } from '../model/types';
import { insertReservation, reservationByKey } from '../store/reservation-store';
import { givePlaceBack, takePlace } from '../store/session-store';
import { sessionForPage, type SessionView } from './find-sessions';

export type BookingResult =
  | { kind: 'booked'; reservation: Reservation; session: HelpSession; again: boolean }
  | { kind: 'invalid'; errors: FieldError[]; view: SessionView }
  | { kind: 'full'; view: SessionView }
  | { kind: 'past'; view: SessionView }
  | { kind: 'unknown' };

interface BookingRequest {
  sessionId: string;
  lang: Lang;
  idempotencyKey: string;
  firstName: unknown;
  phone: unknown;
}

/**
 * Books one place without logging in. The place is taken by one conditional UPDATE (never more
 * than there are), the reservation recorded with ON CONFLICT on the form's key: the same form
 * sent twice, even at the same moment, gives the same reservation and takes one place.
 */
/** How long a copy of a form waits for its twin's reservation before it says "full". */
const TWIN_WAIT_MS = 1_000;
const TWIN_STEP_MS = 50;

async function awaitReservationByKey(key: string): Promise<Reservation | null> {
  for (let waited = 0; waited <= TWIN_WAIT_MS; waited += TWIN_STEP_MS) {
    const found = await reservationByKey(key);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, TWIN_STEP_MS));
  }
  return null;
}

export async function bookPlace(request: BookingRequest): Promise<BookingResult> {
  const view = await sessionForPage(request.sessionId);
  if (!view) return { kind: 'unknown' };
  const earlier = await reservationByKey(request.idempotencyKey);
  if (earlier && earlier.sessionId === view.session.id)
    return { kind: 'booked', reservation: earlier, session: view.session, again: true };
  const parsed = bookingSchema.safeParse({ firstName: request.firstName, phone: request.phone });
  if (!parsed.success) return { kind: 'invalid', errors: toFieldErrors('sessions.book', parsed.error), view };
  if (earlier) return { kind: 'invalid', errors: [{ field: 'form', key: 'sessions.book.oldForm' }], view };
  if (view.past) return { kind: 'past', view };
  if (!(await takePlace(view.session.id))) {
    // Copies of this same form may hold the places for a moment (each takes one, all but the
    // first give it back): if one of them books, this copy answers with that reservation.
    const doubled = await awaitReservationByKey(request.idempotencyKey);
    if (doubled && doubled.sessionId === view.session.id)
      return { kind: 'booked', reservation: doubled, session: view.session, again: true };
    const now = await sessionForPage(request.sessionId);
    return now?.past ? { kind: 'past', view: now } : { kind: 'full', view: now ?? view };
  }
  for (;;) {
    const reservation: Reservation = {
      reference: newReference(),
      sessionId: view.session.id,
      firstName: parsed.data.firstName,
      phone: parsed.data.phone,
      lang: request.lang,
      cancelled: false,
    };
    if (await insertReservation({ ...reservation, idempotencyKey: request.idempotencyKey })) {
      const session = { ...view.session, placesLeft: Math.max(0, view.session.placesLeft - 1) };
      return { kind: 'booked', reservation, session, again: false };
    }
    const doubled = await reservationByKey(request.idempotencyKey);
    if (doubled) {
      // The same form won a moment earlier: this request's place goes back.
      await givePlaceBack(view.session.id);
      return { kind: 'booked', reservation: doubled, session: view.session, again: true };
    }
    // A reference that exists already (once in billions): draw another.
  }
}
