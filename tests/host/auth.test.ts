import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CITIZEN_WITHOUT_DOSSIER } from '../../dev/identity-provider/citizens';
import { TEST_CITIZENS } from '../../dev/seed/candidates';
import { safeReturnPath } from '../../src/features/auth/http/return-path';
import { db } from '../../src/platform/db/db';
import { requireSession } from '../../src/features/auth/require-session';
import { getSession, SESSION_COOKIE } from '../../src/features/auth/session';
import { form, usePlatform } from '../support/in-process';
import { logIn } from '../support/log-in';

const request = usePlatform();
// This test process reads the database too; close its pool before the platform stops the database.
afterAll(() => db().end());
// Two of the seed's test citizens: each has a dossier.
const [someone, someoneElse] = TEST_CITIZENS;
if (!someone || !someoneElse) throw new Error('the seed needs at least two test citizens');

const asBrowser = (cookie: string) => new Request('http://localhost/nl/dossier/', { headers: { Cookie: cookie } });
const sessionRow = async (cookie: string) => (await getSession(asBrowser(cookie)))?.idHash ?? '';

describe('logging in through the identity provider', () => {
  test('itsme and a test citizen lead back to the asked dossier page with a safe session cookie', async () => {
    const { response, jar } = await logIn(request, someone.nationalNumber, {
      lang: 'en',
      returnPath: '/en/dossier/income/',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/en/dossier/income/');
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`)) ?? '';
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Secure/); // plain-http localhost only
    expect(cookie).not.toMatch(/Max-Age/);
    expect(jar.get('bi_login')).toBeUndefined();

    const session = await requireSession(asBrowser(jar.header()), 'en');
    expect(session).not.toBeInstanceOf(Response);
    if (session instanceof Response) return;
    expect(session.method).toBe('itsme');
    const { rows } = await db().query('SELECT national_number, oidc_sub FROM candidates WHERE id = $1', [
      session.candidateId,
    ]);
    expect(rows[0]).toMatchObject({
      national_number: someone.nationalNumber,
      oidc_sub: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  test('the database keeps only a hash of the session cookie', async () => {
    const { jar } = await logIn(request, someoneElse.nationalNumber, { method: 'eid' });
    const token = jar.get(SESSION_COOKIE) ?? '';
    expect(token).toMatch(/^[\w-]{43}$/); // 32 random bytes
    const byToken = await db().query('SELECT 1 FROM sessions WHERE id_hash = $1', [token]);
    expect(byToken.rows).toEqual([]);
    const hash = createHash('sha256').update(token).digest('hex');
    const byHash = await db().query('SELECT method FROM sessions WHERE id_hash = $1', [hash]);
    expect(byHash.rows).toEqual([{ method: 'eid' }]);
  });

  test('a return address on another site is ignored: the person lands on their dossier', async () => {
    const { response } = await logIn(request, someone.nationalNumber, {
      returnPath: 'https://evil.example/nl/dossier/',
    });
    expect(response.headers.get('location')).toBe('/nl/dossier/');
  });

  test.each([
    ['https://evil.example/', '/nl/dossier/'],
    ['//evil.example/nl/dossier/', '/nl/dossier/'],
    ['/nl/dossier/../../evil', '/nl/dossier/'],
    ['/fr/dossier/', '/nl/dossier/'],
    ['/nl/dossier/income/', '/nl/dossier/income/'],
  ])('the return path %s becomes %s', (value, expected) => {
    expect(safeReturnPath(value, 'nl')).toBe(expected);
  });
});

describe('a login that does not work explains what to do, in the person language', () => {
  test('a changed state is refused with a 400 page in the language the login started in', async () => {
    const { response, jar } = await logIn(request, someone.nationalNumber, {
      lang: 'nl',
      tamper: (query) => query.set('state', `${query.get('state')}x`),
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('<html lang="nl"');
    expect(html).toContain('Inloggen is niet gelukt');
    expect(html).toContain('href="/nl/login/no-login/"');
    expect(jar.get(SESSION_COOKIE)).toBeUndefined();
  });

  test('a callback without a login attempt is refused in the browser language', async () => {
    const response = await request('/api/auth/callback?code=abc&state=def', { headers: { 'Accept-Language': 'en' } });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Logging in took too long');
  });

  test('stopping at the provider says you are not logged in', async () => {
    const { response } = await logIn(request, someone.nationalNumber, { lang: 'en', stop: true });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('You stopped logging in');
  });

  test('someone the register knows but who has no dossier gets a 403 that says so', async () => {
    const { response, jar } = await logIn(request, CITIZEN_WITHOUT_DOSSIER.nationalNumber, { lang: 'nl' });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('We vinden geen dossier van jou');
    expect(jar.get(SESSION_COOKIE)).toBeUndefined();
  });
});

describe('sessions end on the server', () => {
  test('logging out ends the session: the old cookie no longer works', async () => {
    const { jar } = await logIn(request, someone.nationalNumber);
    const session = await getSession(asBrowser(jar.header()));
    const response = await request(
      '/api/auth/logout',
      form({ csrf: session?.csrfToken ?? '', lang: 'nl' }, { Cookie: jar.header() }),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/nl/signed-out/');
    expect(response.headers.get('set-cookie')).toMatch(new RegExp(`^${SESSION_COOKIE}=;.*Max-Age=0`));
    expect(await getSession(asBrowser(jar.header()))).toBeNull();
    const { rows } = await db().query('SELECT ended_at FROM sessions WHERE id_hash = $1', [session?.idHash]);
    expect(rows[0]?.ended_at).toBeInstanceOf(Date);
    const audit = await db().query(`SELECT actor FROM audit_log WHERE action = 'logout'`);
    expect(audit.rows).toContainEqual({ actor: `candidate:${session?.candidateId}` });
  });

  test('a session idle for 31 minutes is refused, and the dossier sends the person to sign in', async () => {
    const { jar } = await logIn(request, someone.nationalNumber, { lang: 'en' });
    const idHash = await sessionRow(jar.header());
    await db().query(`UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE id_hash = $1`, [idHash]);
    const answer = await requireSession(asBrowser(jar.header()), 'en');
    expect(answer).toBeInstanceOf(Response);
    expect((answer as Response).status).toBe(303);
    expect((answer as Response).headers.get('location')).toBe('/en/sign-in/');
    const extend = await request('/api/auth/extend', {
      method: 'POST',
      headers: { Cookie: jar.header(), Accept: 'application/json', 'Content-Type': 'application/json' },
      body: '{"lang":"en"}',
    });
    expect(extend.status).toBe(401);
  });

  test('a session logged in 13 hours ago is refused, however active', async () => {
    const { jar } = await logIn(request, someone.nationalNumber);
    const idHash = await sessionRow(jar.header());
    await db().query(`UPDATE sessions SET created_at = now() - interval '13 hours' WHERE id_hash = $1`, [idHash]);
    expect(await getSession(asBrowser(jar.header()))).toBeNull();
  });
});

describe('staying logged in, and cross-site requests', () => {
  let cookie = '';
  let csrf = '';
  beforeAll(async () => {
    const { jar } = await logIn(request, someoneElse.nationalNumber);
    cookie = jar.header();
    csrf = (await getSession(asBrowser(cookie)))?.csrfToken ?? '';
  });
  const extend = (values: Record<string, string>, headers: Record<string, string> = {}) =>
    request(
      '/api/auth/extend',
      form({ lang: 'nl', return: '/nl/dossier/household/', ...values }, { Cookie: cookie, ...headers }),
    );

  test('"Stay logged in" goes back to the page it came from', async () => {
    const response = await extend({ csrf }, { Origin: 'http://localhost', 'Sec-Fetch-Site': 'same-origin' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/nl/dossier/household/');
  });

  test('a form of ours, whose Origin the browser hides as "null" (no-referrer), is accepted', async () => {
    const response = await extend({ csrf }, { Origin: 'null', 'Sec-Fetch-Site': 'same-origin' });
    expect(response.status).toBe(303);
  });

  test('a script extends with the token in a header and gets 204', async () => {
    const response = await request('/api/auth/extend', {
      method: 'POST',
      headers: { Cookie: cookie, Accept: 'application/json', 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
      body: '{"lang":"nl"}',
    });
    expect(response.status).toBe(204);
  });

  test.each([
    ['without a token', () => ({}), {}],
    ['with a wrong token', () => ({ csrf: 'x'.repeat(43) }), {}],
    ['from another site (Origin)', () => ({ csrf }), { Origin: 'https://evil.example' }],
    ['from another site (Sec-Fetch-Site)', () => ({ csrf }), { 'Sec-Fetch-Site': 'cross-site' }],
    ['from another site that hides its Origin', () => ({ csrf }), { Origin: 'null', 'Sec-Fetch-Site': 'cross-site' }],
  ])('a request %s is refused with 403', async (_name, values: () => Record<string, string>, headers) => {
    const response = await extend(values(), headers);
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('Dit formulier konden we niet aannemen');
  });

  test('a logout from another site does not end the session', async () => {
    const response = await request(
      '/api/auth/logout',
      form({ lang: 'nl' }, { Cookie: cookie, Origin: 'https://evil.example' }),
    );
    expect(response.status).toBe(403);
    expect(await getSession(asBrowser(cookie))).not.toBeNull();
  });
});
