import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { CITIZEN } from '../../dev/seed/candidates';
import { readStaffCandidate } from '../../src/features/staff/store/candidate-store';
import { todayInBelgium } from '../../src/lib/dates';
import { db } from '../../src/platform/db/db';
import { usePlatform } from '../support/in-process';
import { logInAs, logInStaff, type Citizen } from '../support/login';

const request = usePlatform();
let ocmw: Citizen;
let digipunt: Citizen;
let staff: Citizen;
let sarah: Citizen;
let mohamed: Citizen;

beforeAll(async () => {
  [ocmw, digipunt, staff, sarah, mohamed] = await Promise.all([
    logInStaff(request, 'helper-ocmw-1', 'nl', 'helper'),
    logInStaff(request, 'helper-digipunt-1', 'nl', 'helper'),
    logInStaff(request, 'staff-a1'),
    logInAs(request, CITIZEN.sarah.nationalNumber),
    logInAs(request, CITIZEN.mohamed.nationalNumber),
  ]);
});

const give = (who: Citizen, organisation: string, months: string, key = randomUUID()) =>
  who.post('/api/dossier/consents', { lang: 'nl', organisation, months, idempotencyKey: key });

/** The id of the candidate's newest consent, read from their own consent page. */
async function newestConsent(who: Citizen): Promise<string> {
  const page = await (await who.get('/nl/dossier/helpers/')).text();
  const id = /name="consent" value="([^"]+)"/.exec(page)?.[1];
  if (!id) throw new Error('no running consent on the page');
  return id;
}

/** Every way a helper could ask for one candidate: the consent id, the dossier's reference and ids. */
async function everyIdOf(who: string, consentId: string): Promise<string[]> {
  const { rows } = await db().query<{ reference: string; id: string; candidate_id: string }>(
    `SELECT d.reference, d.id, d.candidate_id FROM dossiers d JOIN candidates c ON c.id = d.candidate_id
      WHERE c.national_number = $1`,
    [who],
  );
  const row = rows[0];
  if (!row) throw new Error('no dossier');
  return [consentId, row.reference, row.id, row.candidate_id];
}

async function seesNothing(helper: Citizen, ids: string[]) {
  for (const id of ids) {
    for (const path of [`/nl/helper/candidates/${id}/`, `/nl/helper/candidates/${id}/sheet/`]) {
      const answer = await helper.get(path);
      expect(answer.status, path).toBe(404);
      expect(answer.headers.get('cache-control')).toContain('no-store');
    }
  }
}

describe('who reaches the helper pages', () => {
  test('a helper without any consent sees a page that says so and lists nobody', async () => {
    const page = await digipunt.get('/nl/helper/');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Nog niemand gaf je organisatie toestemming');
    expect(html).not.toContain('/helper/candidates/');
  });

  test('a candidate or a staff member gets a 404; nobody logged in goes to the login; a helper gets no staff page', async () => {
    expect((await sarah.get('/nl/helper/')).status).toBe(404);
    expect((await staff.get('/nl/helper/')).status).toBe(404);
    expect((await ocmw.get('/nl/staff/')).status).toBe(404);
    expect((await ocmw.post('/api/staff/acts', { lang: 'nl', reference: 'X', kind: 'help-asked' })).status).toBe(404);
    const anonymous = await request('/nl/helper/');
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toContain('/api/auth/login');
    expect((await ocmw.get('/nl/helper/candidates/not-a-consent/')).status).toBe(404);
    expect((await ocmw.get(`/nl/helper/candidates/${randomUUID()}/other/`)).status).toBe(404);
  });
});

describe('consent: given, shown, withdrawn', () => {
  test('the OCMW sees the progress for 3 months, never income or household, and the candidate sees who looked', async () => {
    const given = await give(sarah, 'gent-ocmw', '3');
    expect(given.status).toBe(303);
    expect(given.headers.get('location')).toBe('/nl/dossier/helpers/?done=given');
    const page = await (await sarah.get('/nl/dossier/helpers/?done=given')).text();
    expect(page).toMatch(/OCMW Gent \(voorbeeld\) mag je dossier nu volgen tot \d+ \w+ \d{4}/);
    const consentId = await newestConsent(sarah);

    const list = await (await ocmw.get('/nl/helper/')).text();
    expect(list).toContain(`/nl/helper/candidates/${consentId}/`);
    expect(list).toContain(CITIZEN.sarah.familyName);
    const view = await ocmw.get(`/nl/helper/candidates/${consentId}/`);
    expect(view.status).toBe(200);
    const html = await view.text();
    expect(html).toContain('Papieren die nog ontbreken');
    expect(html).toContain('Laatste dag');
    expect(html).toMatch(/Volmacht/);
    expect(html).toContain('Je ziet nooit het inkomen');
    // Nothing of the income, the household or the files: not their amounts, names or file names.
    const { rows } = await db().query(
      `SELECT i.amount_cents AS income, m.given_name AS member, x.filename
         FROM dossiers d JOIN candidates c ON c.id = d.candidate_id
         LEFT JOIN incomes i ON i.dossier_id = d.id
         LEFT JOIN household_members m ON m.dossier_id = d.id AND m.role <> 'reference'
         LEFT JOIN documents x ON x.dossier_id = d.id
        WHERE c.national_number = $1`,
      [CITIZEN.sarah.nationalNumber],
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const euros = row.income === null ? null : Math.floor(Number(row.income) / 100).toLocaleString('nl-BE');
      for (const value of [euros, row.member, row.filename]) if (value) expect(html).not.toContain(value);
    }
    expect(html).not.toContain('/api/documents');

    const sheet = await ocmw.get(`/nl/helper/candidates/${consentId}/sheet/`);
    expect(sheet.status).toBe(200);
    expect(await sheet.text()).toContain('Wat ontbreekt nog in je dossier?');

    const mine = await (await sarah.get('/nl/dossier/helpers/')).text();
    expect(mine).toContain('Fatima El Idrissi keek op');
    expect(mine).toContain('Fatima El Idrissi drukte op');
    const { rows: audit } = await db().query(
      `SELECT action FROM audit_log WHERE actor = 'helper:helper-ocmw-1' AND action LIKE 'helpers.view.%'`,
    );
    expect(audit.map((r) => r.action)).toEqual(expect.arrayContaining(['helpers.view.progress', 'helpers.view.sheet']));

    // Another organisation sees nothing of it, by any id.
    await seesNothing(digipunt, await everyIdOf(CITIZEN.sarah.nationalNumber, consentId));
    expect(await (await digipunt.get('/nl/helper/')).text()).not.toContain(consentId);

    // Withdrawn: the very next request shows nothing.
    const withdrawn = await sarah.post('/api/dossier/consents/withdraw', { lang: 'nl', consent: consentId });
    expect(withdrawn.status).toBe(303);
    expect(withdrawn.headers.get('location')).toBe('/nl/dossier/helpers/?done=withdrawn');
    await seesNothing(ocmw, await everyIdOf(CITIZEN.sarah.nationalNumber, consentId));
    expect(await (await ocmw.get('/nl/helper/')).text()).not.toContain(consentId);
    const after = await (await sarah.get('/nl/dossier/helpers/')).text();
    expect(after).toContain('Ingetrokken');
    // Withdrawing again changes nothing and says so.
    const again = await sarah.post('/api/dossier/consents/withdraw', { lang: 'nl', consent: consentId });
    expect(again.headers.get('location')).toBe('/nl/dossier/helpers/?done=gone');
  });

  test('an ended consent shows nothing', async () => {
    expect((await give(mohamed, 'gent-digipunt', '1')).status).toBe(303);
    const consentId = await newestConsent(mohamed);
    expect((await digipunt.get(`/nl/helper/candidates/${consentId}/`)).status).toBe(200);
    await db().query(`UPDATE helper_consents SET ends_at = now() - interval '1 second' WHERE id = $1`, [consentId]);
    await seesNothing(digipunt, await everyIdOf(CITIZEN.mohamed.nationalNumber, consentId));
    expect(await (await digipunt.get('/nl/helper/')).text()).not.toContain(consentId);
    expect(await (await mohamed.get('/nl/dossier/helpers/')).text()).toContain('Afgelopen');
  });

  test('one consent per key; giving the same organisation again replaces the running one', async () => {
    const key = randomUUID();
    await give(mohamed, 'gent-ocmw', '6', key);
    await give(mohamed, 'gent-ocmw', '6', key);
    const { rows } = await db().query(`SELECT count(*)::int AS n FROM helper_consents WHERE idempotency_key = $1`, [
      key,
    ]);
    expect(rows[0].n).toBe(1);
    await give(mohamed, 'gent-ocmw', '1');
    const { rows: running } = await db().query(
      `SELECT months FROM helper_consents c JOIN dossiers d ON d.id = c.dossier_id JOIN candidates p ON p.id = d.candidate_id
        WHERE p.national_number = $1 AND c.organisation = 'gent-ocmw' AND c.withdrawn_at IS NULL AND c.ends_at > now()`,
      [CITIZEN.mohamed.nationalNumber],
    );
    expect(running).toEqual([{ months: 1 }]);
  });

  test("the housing company counts a helper's consent as help asked", async () => {
    const { rows } = await db().query(
      `SELECT d.housing_company, d.reference FROM dossiers d JOIN candidates c ON c.id = d.candidate_id
        WHERE c.national_number = $1`,
      [CITIZEN.mohamed.nationalNumber],
    );
    const candidate = await readStaffCandidate(rows[0].housing_company, rows[0].reference, todayInBelgium());
    expect(candidate?.acts.some((act) => act.kind === 'help-asked')).toBe(false);
    expect(candidate?.askedHelp).toBe(true);
  });

  test("a candidate cannot withdraw another candidate's consent", async () => {
    await give(mohamed, 'gent-woonloket', '3');
    const consentId = await newestConsent(mohamed);
    const answer = await sarah.post('/api/dossier/consents/withdraw', { lang: 'nl', consent: consentId });
    expect(answer.headers.get('location')).toBe('/nl/dossier/helpers/?done=gone');
    const { rows } = await db().query('SELECT withdrawn_at FROM helper_consents WHERE id = $1', [consentId]);
    expect(rows[0].withdrawn_at).toBeNull();
  });
});

describe('bad input gets a clear message and a 4xx, never a 500', () => {
  test.each([
    [{ organisation: '', months: '3' }, 'Kies de organisatie die je helpt.'],
    [{ organisation: 'gent-ocmw', months: '12' }, 'Kies hoe lang de organisatie je dossier mag volgen.'],
    [{ organisation: 'nowhere', months: '' }, 'Kies de organisatie die je helpt.'],
    [{ organisation: "<script>'", months: '-1' }, 'Kies hoe lang'],
  ])('%j', async (values, message) => {
    const answer = await give(sarah, values.organisation, values.months);
    expect(answer.status).toBe(400);
    const html = await answer.text();
    expect(html).toContain(message);
    expect(html).toContain('error-summary');
  });

  test('the choice is kept when the form comes back, and JSON gets the errors', async () => {
    const answer = await give(sarah, 'gent-ocmw', '');
    const html = await answer.text();
    expect(html).toMatch(/<option value="gent-ocmw" selected/);
    const json = await sarah.post(
      '/api/dossier/consents',
      { lang: 'fr', organisation: 'gent-ocmw', idempotencyKey: randomUUID() },
      { Accept: 'application/json' },
    );
    expect(json.status).toBe(400);
    expect((await json.json()).errors[0].field).toBe('months');
  });

  test('no key, no consent id, no session, a foreign form', async () => {
    expect(
      (await sarah.post('/api/dossier/consents', { lang: 'nl', organisation: 'gent-ocmw', months: '3' })).status,
    ).toBe(400);
    expect((await sarah.post('/api/dossier/consents/withdraw', { lang: 'nl', consent: 'x' })).status).toBe(400);
    const logged = await request('/api/dossier/consents/withdraw', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `lang=nl&consent=${randomUUID()}`,
    });
    expect(logged.status).toBe(401);
    const foreign = await sarah.post('/api/dossier/consents', {
      csrf: 'wrong',
      lang: 'nl',
      organisation: 'gent-ocmw',
      months: '3',
      idempotencyKey: randomUUID(),
    });
    expect(foreign.status).toBe(403);
  });
});
