import { placeQuerySchema } from '../model/place-query';
import { isSessionId } from '../model/session-id';
import type { HelpSession } from '../model/types';
import { comingSessionsAt, nextWithPlaces, sessionById } from '../store/session-store';

export type SessionSearch = { ok: true; sessions: HelpSession[] } | { ok: false; code: string };

/**
 * Coming sessions for a postcode or municipality, soonest first; a missing, overlong or garbled
 * place is refused with the code that says why.
 * @example await findComingSessions('9000') // { ok: true, sessions: [...] }
 */
export async function findComingSessions(place: unknown): Promise<SessionSearch> {
  const parsed = placeQuerySchema.safeParse({ place });
  if (!parsed.success) return { ok: false, code: parsed.error.issues[0]?.message ?? 'invalid' };
  return { ok: true, sessions: await comingSessionsAt(parsed.data.place) };
}

export interface SessionView {
  session: HelpSession;
  /** Over: it started already. */
  past: boolean;
  /** When it is full or over: the next coming session with places in the same municipality. */
  next: HelpSession | null;
}

/** One session for its page, with where to go instead when it is full or over. */
export async function sessionForPage(id: string, now = new Date()): Promise<SessionView | null> {
  const session = isSessionId(id) ? await sessionById(id) : null;
  if (!session) return null;
  const past = session.startsAt <= now;
  const next = past || session.placesLeft === 0 ? await nextWithPlaces(session) : null;
  return { session, past, next };
}
