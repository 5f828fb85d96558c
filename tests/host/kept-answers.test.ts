import { createHash } from 'node:crypto';
import { afterAll, describe, expect, test } from 'vitest';
import { CITIZEN } from '../../dev/seed/candidates';
import { db } from '../../src/platform/db/db';
import { KEPT_COOKIE } from '../../src/platform/http/kept-answers';
import { SESSION_COOKIE } from '../../src/features/auth/session';
import type { CookieJar } from '../support/cookie-jar';
import { formFields } from '../support/form-fields';
import { form, usePlatform } from '../support/in-process';
import { logIn } from '../support/log-in';

// Issue 13, item 9: a change form sent after the session lapsed, without JavaScript, keeps what
// was typed for the same person's next login in the same browser, and for nobody else.
const request = usePlatform();
afterAll(() => db().end());

const hash = (token = '') => createHash('sha256').update(token).digest('hex');
const get = (jar: CookieJar, path: string) => request(path, { headers: { Cookie: jar.header() } });
const post = async (jar: CookieJar, values: Record<string, string>, headers: Record<string, string> = {}) => {
  const response = await request('/api/dossier/save', form(values, { Cookie: jar.header(), ...headers }));
  jar.store(response);
  return response;
};
const keptRows = async () => (await db().query('SELECT candidate_id, form FROM kept_answers')).rows;

/** Logs in (a fresh browser, or again in this one), opens the income form and lets 31 minutes pass. */
async function formLeftOpen(nationalNumber: string, jar?: CookieJar) {
  const login = await logIn(request, nationalNumber, jar ? { jar } : {});
  const hidden = formFields(await (await get(login.jar, '/nl/dossier/income/change/')).text(), '/api/dossier/save');
  await db().query(`UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE id_hash = $1`, [
    hash(login.jar.get(SESSION_COOKIE)),
  ]);
  return { jar: login.jar, hidden };
}

const typed = { source: 'last-three-months', taxYear: '', amount: '1234,56' };

describe('a change form sent after the session lapsed', () => {
  test('is not saved but kept: after logging in again the same form is filled in, and saving it works', async () => {
    const { jar, hidden } = await formLeftOpen(CITIZEN.jan.nationalNumber);
    const late = await post(jar, { ...hidden, ...typed });
    expect(late.status).toBe(401);
    const page = await late.text();
    expect(page).toContain('we houden het een uur voor je bij');
    expect(page).toContain('href="/api/auth/login?lang=nl&amp;return=%2Fnl%2Fdossier%2Fincome%2Fchange%2F"');
    expect(jar.get(KEPT_COOKIE)).toMatch(/^[\w-]{43}$/);
    expect(late.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Lax; Max-Age=3600/);
    // Never the typed values in an address or a cookie: only a random token.
    expect(late.headers.get('set-cookie')).not.toContain('1234');

    const again = await logIn(request, CITIZEN.jan.nationalNumber, { jar, returnPath: '/nl/dossier/income/change/' });
    expect(again.response.headers.get('location')).toBe('/nl/dossier/income/change/');
    const refilled = await (await get(jar, '/nl/dossier/income/change/')).text();
    expect(refilled).toContain('We hielden bij wat je typte. Kijk het na en klik op Opslaan.');
    expect(refilled).toContain('name="amount" value="1234,56"');
    const fields = formFields(refilled, '/api/dossier/save');
    expect(fields['version']).toBe(hidden['version']);
    expect(fields['csrf']).not.toBe(hidden['csrf']);

    const saved = await post(jar, { ...fields, ...typed });
    expect(saved.status).toBe(303);
    expect(jar.get(KEPT_COOKIE)).toBeUndefined();
    expect(await keptRows()).toEqual([]);
    const after = await (await get(jar, '/nl/dossier/income/change/')).text();
    expect(after).not.toContain('We hielden bij wat je typte');
    expect(after).toContain('name="amount" value="1234,56"');
  });

  test('is kept even with a NUL in it (which cannot be stored), and saving it still checks every field', async () => {
    const { jar, hidden } = await formLeftOpen(CITIZEN.ayse.nationalNumber);
    expect((await post(jar, { ...hidden, ...typed, amount: '12\u000034,00' })).status).toBe(401);
    await logIn(request, CITIZEN.ayse.nationalNumber, { jar, returnPath: '/nl/dossier/income/change/' });
    expect(await (await get(jar, '/nl/dossier/income/change/')).text()).toContain('name="amount" value="1234,00"');
    await db().query('DELETE FROM kept_answers');
  });

  test('is dropped when another person logs in in the same browser', async () => {
    const { jar, hidden } = await formLeftOpen(CITIZEN.els.nationalNumber);
    expect((await post(jar, { ...hidden, ...typed, amount: '7777,77' })).status).toBe(401);
    expect(await keptRows()).toHaveLength(1);

    const other = await logIn(request, CITIZEN.dirk.nationalNumber, { jar, returnPath: '/nl/dossier/income/change/' });
    expect(other.response.headers.getSetCookie()).toContainEqual(expect.stringMatching(`^${KEPT_COOKIE}=;.*Max-Age=0`));
    expect(jar.get(KEPT_COOKIE)).toBeUndefined();
    expect(await keptRows()).toEqual([]);
    const page = await (await get(jar, '/nl/dossier/income/change/')).text();
    expect(page).not.toContain('7777,77');
    expect(page).not.toContain('We hielden bij wat je typte');
  });

  test('from another site (not our token) or after logging out, nothing is kept', async () => {
    const { jar, hidden } = await formLeftOpen(CITIZEN.pieter.nationalNumber);
    const forged = await post(jar, { ...hidden, ...typed, csrf: 'x'.repeat(43) }, { Origin: 'https://evil.example' });
    expect(forged.status).toBe(401);
    expect(await forged.text()).toContain('Wat je net stuurde, is niet bewaard.');
    expect(jar.get(KEPT_COOKIE)).toBeUndefined();

    // A session ended by logging out (in another tab, say) is no one's to keep answers for.
    const back = await formLeftOpen(CITIZEN.pieter.nationalNumber, jar);
    await db().query('UPDATE sessions SET ended_at = now() WHERE id_hash = $1', [hash(jar.get(SESSION_COOKIE))]);
    expect((await post(jar, { ...back.hidden, ...typed })).status).toBe(401);
    expect(jar.get(KEPT_COOKIE)).toBeUndefined();
    expect(await keptRows()).toEqual([]);
  });
});
