import { todayInBelgium } from '../../../lib/dates';
import { audit, staffActor } from '../../../platform/db/audit';
import { toFieldErrors, type FieldError } from '../../../lib/validation/issues';
import { belgianMoment } from '../model/brussels-time';
import { publishSchema, tickedLanguages } from '../model/publish-schema';
import { insertSession } from '../store/session-store';

/** Who publishes: the staff member's identifier and company, as the staff session has them. */
export interface Publisher {
  staffId: string;
  company: string;
}

export type PublishResult = { ok: true; id: string } | { ok: false; errors: FieldError[] };

/**
 * Publishes a collective help session for the staff member's own company, once per form key.
 * Every rule is checked here: a date to come and at most a year ahead, the end after the start,
 * 1–200 places, at least one language, a Belgian postcode, every text within its length.
 */
export async function publishSession(
  publisher: Publisher,
  values: Record<string, string>,
  idempotencyKey: string,
  now = new Date(),
): Promise<PublishResult> {
  const parsed = publishSchema(todayInBelgium(now)).safeParse({ ...values, languages: tickedLanguages(values) });
  if (!parsed.success) return { ok: false, errors: toFieldErrors('staffSessions.publish', parsed.error) };
  const form = parsed.data;
  const startsAt = belgianMoment(form.date, form.startTime);
  if (startsAt <= now)
    return { ok: false, errors: [{ field: 'startTime', key: 'staffSessions.publish.startTime.past' }] };
  const id = await insertSession({
    company: publisher.company,
    createdBy: publisher.staffId,
    place: form.place,
    address: form.address,
    postcode: form.postcode,
    municipality: form.municipality,
    startsAt,
    endsAt: belgianMoment(form.date, form.endTime),
    languages: form.languages,
    bring: form.bring,
    places: form.places,
    idempotencyKey,
  });
  await audit(staffActor(publisher.staffId), null, 'sessions.publish');
  return { ok: true, id };
}
