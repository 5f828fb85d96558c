import { randomUUID } from 'node:crypto';
import { db } from '../../src/platform/db/db';
import { form } from './in-process';

type SiteRequest = (path: string, init?: RequestInit) => Promise<Response>;

/** Posts the booking form as a browser without JavaScript does. */
export const book = (
  request: SiteRequest,
  session: string,
  values: Record<string, string> = {},
  headers: Record<string, string> = {},
) =>
  request(
    '/api/help-sessions/book',
    form(
      { lang: 'nl', session, idempotencyKey: randomUUID(), firstName: 'Amina', phone: '0470 12 34 56', ...values },
      headers,
    ),
  );

/** The reference on a reservation page, as printed (K7P-MQ3-XT9R). */
export const referenceOn = (html: string) => /id="reference">([A-Z0-9-]+)</.exec(html)?.[1] ?? '';

/** Adds a session straight in the database, `startsIn` (a Postgres interval) from now, for one company. */
export async function addSession({
  startsIn = '3 days',
  places = 5,
  taken = 0,
  company = 'Woonmaatschappij Dijle en Nete',
  municipality = 'Testdorp',
  postcode = '9999',
}: {
  startsIn?: string;
  places?: number;
  taken?: number;
  company?: string;
  municipality?: string;
  postcode?: string;
} = {}): Promise<string> {
  const id = randomUUID();
  await db().query(
    `INSERT INTO help_sessions (id, company, created_by, place, address, postcode, municipality, starts_at, ends_at,
       languages, bring, places, places_taken, idempotency_key)
     VALUES ($1, $2, 'staff-a1', 'Zaal Test', 'Teststraat 1', $3, $4, now() + $5::interval,
       now() + $5::interval + interval '2 hours', '{nl}', '', $6, $7, $8)`,
    [id, company, postcode, municipality, startsIn, places, taken, `test-${id}`],
  );
  return id;
}
