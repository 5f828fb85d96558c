import { getT } from '../../../lib/i18n';
import { notFound } from '../../../platform/http/not-found';
import type { PathParams } from '../../../platform/http/path-params';
import { requestLang } from '../../../platform/http/request-lang';
import { bodyResponse } from '../../../platform/http/respond';
import { sessionCalendar } from '../model/session-calendar';
import { sessionForPage } from '../service/find-sessions';

/**
 * GET /api/help-sessions/{id}/calendar.ics?lang=xx: the session for a calendar app. The same file
 * for everyone: it knows the session, never who booked it.
 */
export async function calendarHandler(req: Request, _context: unknown, params: PathParams): Promise<Response> {
  const lang = requestLang(req, { query: true });
  const view = await sessionForPage(params['id'] ?? '');
  if (!view) return notFound(lang);
  const t = getT(lang);
  const { session } = view;
  const description = [
    t('sessions.calendar.description'),
    session.bring ? `${t('sessions.facts.bring')}: ${session.bring}` : '',
  ]
    .filter(Boolean)
    .join('\n');
  const ics = sessionCalendar(session, t('sessions.calendar.summary', { place: session.place }), description);
  return bodyResponse(ics, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'attachment; filename="hulpsessie.ics"',
    },
  });
}
