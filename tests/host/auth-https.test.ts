import { describe, expect, test } from 'vitest';
import { TEST_CITIZENS } from '../../dev/seed/candidates';
import { usePlatform } from '../support/in-process';
import { logIn } from '../support/log-in';

/** A site on a real address: the cookies it sets must be the ones a browser keeps safest. */
const request = usePlatform('memory', { siteUrl: 'https://blijf-ingeschreven.example' });
const [someone] = TEST_CITIZENS;
if (!someone) throw new Error('the seed needs a test citizen');

const setCookie = (response: Response, name: string) =>
  response.headers.getSetCookie().find((c) => c.startsWith(`${name}=`)) ?? '';
const valueOf = (cookie: string) => decodeURIComponent(cookie.slice(cookie.indexOf('=') + 1).split(';')[0] ?? '');

describe('cookies on https', () => {
  test('the session cookie is a __Host- cookie: Secure, Path=/, no Domain', async () => {
    const { response, jar } = await logIn(request, someone.nationalNumber, { lang: 'en' });
    expect(response.status).toBe(303);
    const cookie = setCookie(response, '__Host-bi_session');
    expect(cookie).not.toBe('');
    expect(cookie).toMatch(/; Secure(;|$)/);
    expect(cookie).toMatch(/; Path=\/(;|$)/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).not.toMatch(/Domain=/i);
    expect(jar.get('bi_session')).toBeUndefined();
    // The person is logged in with it.
    const page = await request('/en/dossier/', { headers: { Cookie: jar.header() } });
    expect(page.status).toBe(200);
  });

  test('the login-attempt cookie is a __Host- cookie that hides the PKCE verifier and the nonce', async () => {
    const start = await request('/api/auth/login?lang=nl');
    expect(start.status).toBe(302);
    const cookie = setCookie(start, '__Host-bi_login');
    expect(cookie).toMatch(/; Secure(;|$)/);
    expect(cookie).toMatch(/; Path=\/(;|$)/);
    expect(cookie).not.toMatch(/Domain=/i);
    const authorize = new URL(start.headers.get('location') ?? '');
    const nonce = authorize.searchParams.get('nonce') ?? '';
    const state = authorize.searchParams.get('state') ?? '';
    expect(nonce.length).toBeGreaterThan(15);
    const value = valueOf(cookie);
    // Read as text, and as base64 of any of the dot-separated parts: no secret appears.
    const readings = [value, ...value.split('.').map((part) => Buffer.from(part, 'base64url').toString('latin1'))];
    for (const reading of readings) {
      expect(reading).not.toContain(nonce);
      expect(reading).not.toContain(state);
      expect(reading).not.toMatch(/verifier|nonce/);
    }
  });

  test('a tampered login-attempt cookie is refused with a clear 400 page, not a 500', async () => {
    const start = await request('/api/auth/login?lang=en');
    const value = valueOf(setCookie(start, '__Host-bi_login'));
    const state = new URL(start.headers.get('location') ?? '').searchParams.get('state') ?? '';
    const flipped = `${value.slice(0, 20)}${value[20] === 'A' ? 'B' : 'A'}${value.slice(21)}`;
    const response = await request(`/api/auth/callback?code=abc&state=${state}`, {
      headers: { Cookie: `__Host-bi_login=${encodeURIComponent(flipped)}`, 'Accept-Language': 'en' },
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Logging in took too long');
  });
});
