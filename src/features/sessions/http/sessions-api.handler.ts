import { errorResponse } from '../../../platform/http/error-response';
import { requestLang } from '../../../platform/http/request-lang';
import { jsonResponse } from '../../../platform/http/respond';
import type { HelpSession } from '../model/types';
import { findComingSessions } from '../service/find-sessions';

/** Written out whole, so the translation check sees that they are used. */
const PLACE_ERRORS: Record<string, string> = {
  required: 'sessions.place.required',
  tooLong: 'sessions.place.tooLong',
  controlCharacter: 'field.controlCharacter',
};

/** A session as the JSON answer gives it: no company, no counts beyond the places left. */
const asJson = (s: HelpSession) => ({
  id: s.id,
  date: s.date,
  time: s.time,
  endTime: s.endTime,
  place: s.place,
  address: s.address,
  postcode: s.postcode,
  municipality: s.municipality,
  languages: s.languages,
  placesLeft: s.placesLeft,
});

/**
 * GET /api/help-sessions?place=9000 (a postcode or a municipality, any case): the coming
 * sessions there, soonest first. No place, or one we cannot read, is a 400 that says why.
 */
export async function sessionsApi(req: Request): Promise<Response> {
  const lang = requestLang(req, { query: true });
  const place = new URL(req.url).searchParams.get('place') ?? undefined;
  const found = await findComingSessions(place);
  if (!found.ok) {
    const key = PLACE_ERRORS[found.code] ?? 'sessions.place.required';
    return errorResponse({ status: 400, lang, json: true, problems: [{ field: 'place', key }] });
  }
  return jsonResponse({ sessions: found.sessions.map(asJson) });
}
