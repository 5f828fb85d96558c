import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { SEED_SESSION, workdayAfter } from '../../dev/seed/help-sessions';
import { purgeOldRows } from '../../src/features/site/service/purge';
import { addDays, todayInBelgium } from '../../src/lib/dates';
import { db } from '../../src/platform/db/db';
import { addSession, book, referenceOn } from '../support/help-sessions';
import { form, usePlatform } from '../support/in-process';
import { logInStaff, type Citizen } from '../support/login';

const request = usePlatform();
let a1: Citizen;
let b1: Citizen;

beforeAll(async () => {
  [a1, b1] = await Promise.all([logInStaff(request, 'staff-a1'), logInStaff(request, 'staff-b1', 'fr')]);
});

interface ApiSession {
  id: string;
  date: string;
  time: string;
  placesLeft: number;
  municipality: string;
}
const api = async (place: string) => {
  const response = await request(`/api/help-sessions?place=${encodeURIComponent(place)}`);
  return { status: response.status, body: (await response.json()) as { sessions: ApiSession[]; errors?: unknown[] } };
};
const placesLeft = async (id: string) =>
  (await db().query('SELECT places - places_taken AS n FROM help_sessions WHERE id = $1', [id])).rows[0].n as number;
const cancel = (reference: string, lang = 'nl') => request('/api/help-sessions/cancel', form({ lang, reference }));

describe('the JSON list of coming sessions', () => {
  test('answers the coming sessions of a postcode, soonest first, in the documented shape', async () => {
    const past = await addSession({ startsIn: '-2 days', municipality: 'Gent', postcode: '9000' });
    const { status, body } = await api('9000');
    expect(status).toBe(200);
    const ids = body.sessions.map((s) => s.id);
    expect(ids).toEqual([SEED_SESSION.full, SEED_SESSION.oneLeft, SEED_SESSION.threeLeft, SEED_SESSION.later]);
    expect(ids).not.toContain(past);
    expect(Object.keys(body.sessions[0] ?? {}).sort()).toEqual(
      [
        'id',
        'date',
        'time',
        'endTime',
        'place',
        'address',
        'postcode',
        'municipality',
        'languages',
        'placesLeft',
      ].sort(),
    );
    expect(body.sessions[1]).toMatchObject({
      date: workdayAfter(todayInBelgium(), 7),
      time: '14:00',
      endTime: '16:00',
      place: 'Bibliotheek De Krook',
      address: 'Miriam Makebaplein 1',
      postcode: '9000',
      municipality: 'Gent',
      languages: ['nl', 'ar', 'fr'],
      placesLeft: 1,
    });
  });

  test('finds a municipality whatever its case, and only that one', async () => {
    expect((await api('GENT')).body.sessions.length).toBe(4);
    expect((await api('turnhout')).body.sessions.map((s) => s.id)).toEqual([SEED_SESSION.turnhout]);
    expect((await api('Atlantis')).body.sessions).toEqual([]);
  });

  test.each([
    ['no place', '/api/help-sessions'],
    ['an empty place', '/api/help-sessions?place=%20'],
    ['a place too long', `/api/help-sessions?place=${'x'.repeat(61)}`],
    ['a control character', '/api/help-sessions?place=90%0000'],
  ])('refuses %s with a 400 in the site error format', async (_name, path) => {
    const response = await request(path, { headers: { 'Accept-Language': 'fr' } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { field: string; key: string; message: string }[] };
    expect(body.errors[0]?.field).toBe('place');
    expect(body.errors[0]?.message).not.toBe(body.errors[0]?.key);
  });
});

test('a broken escape in the place is read as text, never a 500', async () => {
  const response = await request('/api/help-sessions?place=%E0%A4%A');
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ sessions: [] });
});

describe('the help search and the session page', () => {
  test('the help search shows the coming sessions of the place, full ones marked, with links', async () => {
    const html = await (await request('/api/help?q=9000&lang=nl')).text();
    expect(html).toContain('Hulpsessies in je buurt');
    expect(html).toContain(`/nl/help-near-me/sessions/${SEED_SESSION.oneLeft}/`);
    expect(html).toContain('Nog 1 plaats vrij');
    expect(html).toContain('Deze sessie is volzet');
    expect(html).not.toContain(SEED_SESSION.turnhout);
  });

  test('a session page has the details and a form with only a first name and a phone', async () => {
    const response = await request(`/ar/help-near-me/sessions/${SEED_SESSION.threeLeft}/`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('dir="rtl"');
    expect(html).toContain('Onderbergen 86');
    const names = [...html.matchAll(/<(?:input|textarea)[^>]*name="([^"]+)"/g)].map((m) => m[1]).sort();
    expect(names).toEqual(['firstName', 'idempotencyKey', 'lang', 'phone', 'session']);
  });

  test('an unknown or malformed session, or an unknown language, is a 404', async () => {
    expect((await request(`/nl/help-near-me/sessions/${randomUUID()}/`)).status).toBe(404);
    expect((await request('/nl/help-near-me/sessions/1%27%20OR%201=1/')).status).toBe(404);
    expect((await request(`/xx/help-near-me/sessions/${SEED_SESSION.later}/`)).status).toBe(404);
    expect((await request(`/api/help-sessions/${randomUUID()}/calendar.ics`)).status).toBe(404);
  });
});

describe('booking and cancelling', () => {
  test('a booking answers the printable reservation itself, and the same form again gives the same one', async () => {
    const before = await placesLeft(SEED_SESSION.later);
    const key = randomUUID();
    const first = await book(request, SEED_SESSION.later, { idempotencyKey: key, firstName: 'Olena' });
    expect(first.status).toBe(201);
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(first.headers.get('location')).toBeNull();
    const html = await first.text();
    const reference = referenceOn(html);
    expect(reference).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{4}$/);
    expect(html).toContain('Je plaats is gereserveerd');
    expect(html).toContain('Olena');
    expect(html).toContain('/nl/help-near-me/cancel/');
    const again = await book(request, SEED_SESSION.later, { idempotencyKey: key, firstName: 'Olena' });
    expect(again.status).toBe(200);
    expect(referenceOn(await again.text())).toBe(reference);
    expect(await placesLeft(SEED_SESSION.later)).toBe(before - 1);
  });

  test('the calendar file has the session in Belgian time and nothing about who booked', async () => {
    const response = await request(`/api/help-sessions/${SEED_SESSION.later}/calendar.ics?lang=nl`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    const ics = await response.text();
    const date = workdayAfter(todayInBelgium(), 21).replaceAll('-', '');
    expect(ics).toContain(`DTSTART;TZID=Europe/Brussels:${date}T130000`);
    expect(ics).toContain(`DTEND;TZID=Europe/Brussels:${date}T160000`);
    expect(ics).toContain('BEGIN:VTIMEZONE');
    expect(ics).toMatch(/\r\n$/);
    expect(ics).not.toContain('Olena');
    expect(ics).not.toContain('0470');
  });

  test('cancelling frees the place, twice is harmless, the old form says it is cancelled, and an unknown reference says so', async () => {
    const key = randomUUID();
    const booked = await book(request, SEED_SESSION.later, { idempotencyKey: key, firstName: 'Piotr' });
    const reference = referenceOn(await booked.text());
    const left = await placesLeft(SEED_SESSION.later);
    const done = await cancel(reference.toLowerCase().replaceAll('-', ' '));
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('Je reservatie is geannuleerd');
    expect(await placesLeft(SEED_SESSION.later)).toBe(left + 1);
    const twice = await cancel(reference);
    expect(twice.status).toBe(200);
    expect(await placesLeft(SEED_SESSION.later)).toBe(left + 1);
    const replayed = await book(request, SEED_SESSION.later, { idempotencyKey: key, firstName: 'Piotr' });
    expect(replayed.status).toBe(200);
    expect(await replayed.text()).toContain('Deze reservatie is geannuleerd');
    expect(await placesLeft(SEED_SESSION.later)).toBe(left + 1);
    const unknown = await cancel('AAA-AAA-AAAA', 'ar');
    expect(unknown.status).toBe(404);
    const page = await unknown.text();
    expect(page).toContain('لم نجد حجزًا بهذا الرقم');
    expect(page).toContain('value="AAA-AAA-AAAA"');
    expect((await cancel('')).status).toBe(400);
    expect((await request('/nl/help-near-me/cancel/')).status).toBe(200);
  });

  test('the last place goes once; the next person gets a 409 "full" with the next session', async () => {
    const id = await addSession({ places: 1, municipality: 'Volzetdorp' });
    const next = await addSession({ startsIn: '5 days', municipality: 'Volzetdorp' });
    expect((await book(request, id)).status).toBe(201);
    const full = await book(request, id, { firstName: 'Jan' });
    expect(full.status).toBe(409);
    const html = await full.text();
    expect(html).toContain('Deze sessie is volzet');
    expect(html).toContain(`/nl/help-near-me/sessions/${next}/`);
    expect(html).not.toContain('name="firstName"');
    const page = await (await request(`/nl/help-near-me/sessions/${id}/`)).text();
    expect(page).toContain('Deze sessie is volzet');
    expect(page).not.toContain('name="firstName"');
    expect(page).toContain(`/nl/help-near-me/sessions/${next}/`);
  });

  test('a wrong first name or phone is a 400 that keeps what was typed and links to the fields', async () => {
    const response = await book(request, SEED_SESSION.later, { firstName: '', phone: '12 ab' }, {});
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('href="#firstName"');
    expect(html).toContain('href="#phone"');
    expect(html).toContain('Vul je voornaam in');
    expect(html).toContain('value="12 ab"');
  });

  const ok = {
    lang: 'nl',
    session: SEED_SESSION.later,
    idempotencyKey: randomUUID(),
    firstName: 'Amina',
    phone: '0470123456',
  };
  const bad: Array<[string, RequestInit]> = [
    ['an empty body', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: '' }],
    ['a first name of 61 characters', form({ ...ok, firstName: 'x'.repeat(61) })],
    ['a control character', form({ ...ok, firstName: 'Am\u0000ina' })],
    ['a phone with letters', form({ ...ok, phone: '0470 CALL ME' })],
    ['a phone with 8 digits', form({ ...ok, phone: '0470 1234' })],
    ['a phone with 16 digits', form({ ...ok, phone: '0470123456789012' })],
    ['no idempotency key', form({ ...ok, idempotencyKey: '' })],
    ['an unknown session', form({ ...ok, session: randomUUID() })],
    ['a session that is not an id', form({ ...ok, session: "'; DROP TABLE help_sessions; --" })],
    [
      'JSON with numbers',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...ok, firstName: 5, phone: [1] }),
      },
    ],
    ['broken JSON', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"firstName":' }],
    ['another type', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'x' }],
    ['a huge body', form({ ...ok, firstName: 'x'.repeat(20_000) })],
  ];
  test.each(bad)('refuses %s with a 4xx, never a 500', async (_name, init) => {
    const response = await request('/api/help-sessions/book', init);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  test('a session that has started cannot be booked', async () => {
    const past = await addSession({ startsIn: '-1 hour' });
    const response = await book(request, past);
    expect(response.status).toBe(410);
    expect(await response.text()).toContain('Deze sessie is voorbij');
  });
});

describe('the staff side', () => {
  test('staff see their own company sessions with the bookings, and not another company', async () => {
    const a = await (await a1.get('/nl/staff/sessions/')).text();
    expect(a).toContain(`/nl/staff/sessions/${SEED_SESSION.oneLeft}/`);
    expect(a).not.toContain(SEED_SESSION.turnhout);
    const b = await (await b1.get('/fr/staff/sessions/')).text();
    expect(b).toContain(SEED_SESSION.turnhout);
    expect(b).not.toContain(SEED_SESSION.oneLeft);
  });

  test('the reservations of a session show first name and phone, audited; another company gets a 404', async () => {
    const response = await a1.get(`/nl/staff/sessions/${SEED_SESSION.full}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('0470 00 00 10');
    const { rows } = await db().query(
      `SELECT count(*)::int AS n FROM audit_log WHERE actor = 'staff:staff-a1' AND action = 'sessions.reservations.view'`,
    );
    expect(rows[0].n).toBeGreaterThan(0);
    expect((await b1.get(`/fr/staff/sessions/${SEED_SESSION.full}/`)).status).toBe(404);
    expect((await a1.get(`/nl/staff/sessions/${randomUUID()}/`)).status).toBe(404);
    expect((await a1.get('/nl/staff/sessions/nope/')).status).toBe(404);
    expect((await request(`/nl/staff/sessions/${SEED_SESSION.full}/`)).status).toBe(303);
  });

  const publish = (who: Citizen, values: Record<string, string>) =>
    who.post('/api/staff/sessions', {
      lang: 'nl',
      idempotencyKey: randomUUID(),
      place: 'Buurthuis De Loods',
      address: 'Kerkstraat 5',
      postcode: '9050',
      municipality: 'Gentbrugge',
      date: addDays(todayInBelgium(), 30).split('-').reverse().join('/'),
      startTime: '10:00',
      endTime: '12:30',
      places: '15',
      'speaks-nl': 'yes',
      'speaks-ar': 'yes',
      bring: 'Identiteitskaart',
      ...values,
    });

  test('publishing a session puts it in the search, once per form', async () => {
    const key = randomUUID();
    const first = await publish(a1, { idempotencyKey: key });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/nl/staff/sessions/?published=1');
    expect((await publish(a1, { idempotencyKey: key })).status).toBe(303);
    const { body } = await api('9050');
    expect(body.sessions).toHaveLength(1);
    expect(body.sessions[0]).toMatchObject({ time: '10:00', placesLeft: 15, municipality: 'Gentbrugge' });
    const { rows } = await db().query(
      `SELECT count(*)::int AS n FROM audit_log WHERE actor = 'staff:staff-a1' AND action = 'sessions.publish'`,
    );
    expect(rows[0].n).toBeGreaterThan(0);
  });

  test.each([
    [
      'a date in the past',
      { date: '01/01/2020' },
      'staffSessions.publish.date.past',
      'De datum moet in de toekomst liggen',
    ],
    ['a date over a year ahead', { date: addDays(todayInBelgium(), 400) }, 'date', 'ten laatste een jaar vooruit'],
    ['an end before the start', { endTime: '09:00' }, 'endTime', 'Het einduur moet na het beginuur komen'],
    ['no places', { places: '0' }, 'places', 'minstens 1 en hoogstens 200'],
    ['201 places', { places: '201' }, 'places', 'minstens 1 en hoogstens 200'],
    ['no language', { 'speaks-nl': undefined, 'speaks-ar': undefined }, 'languages', 'Kies minstens één taal'],
    ['a postcode of 5 digits', { postcode: '90000' }, 'postcode', 'Een postcode heeft 4 cijfers'],
    ['a postcode under 1000', { postcode: '0999' }, 'postcode', 'Een postcode heeft 4 cijfers'],
    ['an overlong place', { place: 'x'.repeat(101) }, 'place', 'niet langer zijn dan 100 tekens'],
    ['a control character', { municipality: 'Gent\u0007' }, 'municipality', 'onzichtbaar teken'],
  ])('refuses %s with a 400 and an error summary', async (_name, change, field, text) => {
    const values = Object.fromEntries(
      Object.entries({ ...change }).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    const removed = Object.keys(change).filter((k) => (change as Record<string, unknown>)[k] === undefined);
    const response = await a1.post('/api/staff/sessions', {
      ...Object.fromEntries(
        Object.entries({
          lang: 'nl',
          idempotencyKey: randomUUID(),
          place: 'Buurthuis',
          address: 'Kerkstraat 5',
          postcode: '9050',
          municipality: 'Gentbrugge',
          date: addDays(todayInBelgium(), 30),
          startTime: '10:00',
          endTime: '12:00',
          places: '10',
          'speaks-nl': 'yes',
          'speaks-ar': 'yes',
        }).filter(([k]) => !removed.includes(k)),
      ),
      ...values,
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('class="error-summary"');
    expect(html).toContain(text);
    expect(html).toContain(`href="#${field.startsWith('staffSessions') ? 'date' : field}"`);
  });

  test('a candidate or nobody cannot publish', async () => {
    const response = await request('/api/staff/sessions', form({ lang: 'nl', idempotencyKey: randomUUID() }));
    expect(response.status).toBe(401);
  });
});

describe('retention', () => {
  test('the hourly purge removes reservations 30 days after their session, not before', async () => {
    const old = await addSession({ startsIn: '-31 days', places: 3 });
    const recent = await addSession({ startsIn: '-29 days', places: 3 });
    for (const session of [old, recent]) {
      await db().query(
        `INSERT INTO help_session_reservations (id, session_id, reference, first_name, phone, lang, idempotency_key)
         VALUES ($1, $2, $3, 'Sofie', '0470000000', 'nl', $4)`,
        [randomUUID(), session, randomUUID().slice(0, 10).toUpperCase(), randomUUID()],
      );
    }
    const report = await purgeOldRows();
    expect(report.reservations).toBe(1);
    const count = async (id: string) =>
      (await db().query('SELECT count(*)::int AS n FROM help_session_reservations WHERE session_id = $1', [id])).rows[0]
        .n;
    expect(await count(old)).toBe(0);
    expect(await count(recent)).toBe(1);
  });
});
