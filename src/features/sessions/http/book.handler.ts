import { randomUUID } from 'node:crypto';
import { h } from 'preact';
import { badRequest } from '../../../platform/http/bad-request';
import { errorResponse } from '../../../platform/http/error-response';
import { readFormBody } from '../../../platform/http/form-body';
import { idempotencyKeyOf } from '../../../platform/http/idempotency';
import { notFound } from '../../../platform/http/not-found';
import { requestLang, wantsJson } from '../../../platform/http/request-lang';
import { htmlResponse, jsonResponse } from '../../../platform/http/respond';
import { isSessionId } from '../model/session-id';
import { bookPlace } from '../service/book-place';
import { ReservationPage } from '../views/ReservationPage';
import { SessionPage } from '../views/SessionPage';

/** A first name and a phone, with room for a script of two-byte letters sent as %XX. */
const BOOK_FORM_MAX_BYTES = 8_192;

/**
 * POST /api/help-sessions/book (lang, session, idempotencyKey, firstName, phone): one place, no
 * login. The answer is the reservation page itself (201; 200 for the same form again), never a
 * redirect, so the reference stays out of every address. Full is a 409 with the next session.
 */
export async function bookHandler(req: Request): Promise<Response> {
  const json = wantsJson(req);
  const body = await readFormBody(req, BOOK_FORM_MAX_BYTES);
  const lang = requestLang(req, { form: body.ok ? body.values : undefined });
  if (!body.ok) return badRequest(body.status, lang, json);
  const { values } = body;
  const sessionId = values['session'];
  if (!isSessionId(sessionId)) return notFound(lang);
  const key = idempotencyKeyOf(values, req);
  if (key === null) return badRequest(400, lang, json);
  const result = await bookPlace({
    sessionId,
    lang,
    idempotencyKey: key,
    firstName: values['firstName'],
    phone: values['phone'],
  });
  switch (result.kind) {
    case 'unknown':
      return notFound(lang);
    case 'invalid': {
      // A key already used for another session gets a fresh one; otherwise the corrected form keeps its key.
      const idempotencyKey = result.errors.some((e) => e.field === 'form') ? randomUUID() : key;
      const page = () => h(SessionPage, { lang, ...result.view, idempotencyKey, values, errors: result.errors });
      return errorResponse({ status: 400, lang, json, problems: result.errors, page });
    }
    case 'full':
    case 'past': {
      const problem = { field: 'session', key: result.kind === 'full' ? 'sessions.full' : 'sessions.past' };
      const page = () => h(SessionPage, { lang, ...result.view, idempotencyKey: randomUUID(), tooLate: true });
      const status = result.kind === 'full' ? 409 : 410;
      const next = result.view.next ? { next: result.view.next.id } : {};
      return errorResponse({ status, lang, json, problems: [problem], page, extra: next });
    }
    case 'booked': {
      const status = result.again ? 200 : 201;
      if (json)
        return jsonResponse({ reference: result.reservation.reference, session: result.session.id }, { status });
      const cancelAddress = `${new URL(req.url).origin}/${lang}/help-near-me/cancel/`;
      const page = h(ReservationPage, {
        lang,
        reservation: result.reservation,
        session: result.session,
        cancelAddress,
      });
      return htmlResponse(page, { status });
    }
  }
}
