import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CITIZEN } from '../../dev/seed/candidates';
import { SECTIONS } from '../../src/features/dossier/model/types';
import { getT } from '../../src/lib/i18n';
import { db } from '../../src/platform/db/db';
import { formFields } from '../support/form-fields';
import { usePlatform } from '../support/in-process';
import { useRealPostgres } from '../support/real-postgres';
import { logInAs, type Citizen } from '../support/login';

// A real PostgreSQL server: the races below need real transactions and sessions, which PGlite
// (one session for every connection) cannot show.
const request = usePlatform(useRealPostgres().database);
let emre: Citizen;
let oleksandr: Citizen;

/** The hidden fields of the confirm form on the check page. */
async function confirmForm(citizen: Citizen, lang: string): Promise<Record<string, string>> {
  return formFields(await (await citizen.get(`/${lang}/dossier/check/`)).text(), '/api/dossier/confirm');
}

async function checkEverything(citizen: Citizen, lang: string): Promise<void> {
  for (const section of SECTIONS) await citizen.post('/api/dossier/check', { section, lang });
}

const confirmations = async (nationalNumber: string) =>
  (
    await db().query<{ reference: string }>(
      `SELECT f.reference FROM confirmations f JOIN dossiers d ON d.id = f.dossier_id
        JOIN candidates c ON c.id = d.candidate_id WHERE c.national_number = $1`,
      [nationalNumber],
    )
  ).rows.map((row) => row.reference);

// Registered after usePlatform's, so it runs first: the pool closes before the database stops.
afterAll(() => db().end());

beforeAll(async () => {
  emre = await logInAs(request, CITIZEN.emre.nationalNumber);
  oleksandr = await logInAs(request, CITIZEN.oleksandr.nationalNumber, 'uk');
});

describe('confirming the dossier', () => {
  test('the check page offers "Confirm" only when every part is checked', async () => {
    expect(await confirmForm(emre, 'nl')).toEqual({});
    await checkEverything(emre, 'nl');
    expect(await (await emre.get('/nl/dossier/')).text()).toContain('href="/nl/dossier/check/"');
    expect(Object.keys(await confirmForm(emre, 'nl')).sort()).toEqual(['csrf', 'idempotencyKey', 'lang', 'version']);
  });

  test('a double click (the same key three times) records one confirmation with one reference', async () => {
    const fields = await confirmForm(emre, 'nl');
    const answers = await Promise.all([1, 2, 3].map(() => emre.post('/api/dossier/confirm', fields)));
    expect(answers.map((a) => a.status)).toEqual([303, 303, 303]);
    expect(answers.map((a) => a.headers.get('location'))).toEqual(Array(3).fill('/nl/dossier/confirmed/'));
    const references = await confirmations(CITIZEN.emre.nationalNumber);
    expect(references).toHaveLength(1);
    expect(await (await emre.get('/nl/dossier/confirmed/')).text()).toContain(references[0]);
  });

  test('going back and confirming again (a new key) gives the same confirmation, not a second one', async () => {
    const before = await confirmations(CITIZEN.emre.nationalNumber);
    const again = await emre.post('/api/dossier/confirm', await confirmForm(emre, 'nl'));
    expect(again.status).toBe(303);
    expect(await confirmations(CITIZEN.emre.nationalNumber)).toEqual(before);
  });

  test('the confirmation page shows the reference, the time in Belgium and what happens next', async () => {
    const html = await (await emre.get('/nl/dossier/confirmed/')).text();
    expect(html).toMatch(/BI-\d{4}-[A-Z0-9]{6}/);
    expect(html).toMatch(/\d{1,2} \w+ \d{4} om \d{2}:\d{2}/);
    expect(html).toContain('Wat gebeurt er nu?');
    expect(html).toContain('href="/api/dossier/receipt?lang=nl"');
    expect(html).toContain('id="print"');
    expect(html).not.toContain('in het Nederlands en het Engels');
  });

  test('the receipt is a PDF download that no cache keeps', async () => {
    const response = await emre.get('/api/dossier/receipt?lang=nl');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="bevestiging-BI-/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('a confirmation while parts are still to check is refused with the check page and what is open (409)', async () => {
    const grace = await logInAs(request, CITIZEN.grace.nationalNumber);
    // The fields a person could copy from a change form: a valid token and the current version.
    const { csrf, version } = formFields(
      await (await grace.get('/nl/dossier/income/change/')).text(),
      '/api/dossier/save',
    );
    const response = await grace.post('/api/dossier/confirm', {
      csrf: csrf!,
      version: version!,
      idempotencyKey: crypto.randomUUID(),
      lang: 'nl',
    });
    expect(response.status).toBe(409);
    const html = await response.text();
    expect(html).toContain(getT('nl')('dossier.confirm.notReady'));
    expect(html).toContain('role="alert"');
    expect(html).toContain('href="/nl/dossier/household/"');
    expect(await confirmations(CITIZEN.grace.nationalNumber)).toEqual([]);
    const asJson = await grace.post(
      '/api/dossier/confirm',
      { csrf: csrf!, version: version!, idempotencyKey: crypto.randomUUID(), lang: 'nl' },
      { Accept: 'application/json' },
    );
    expect(asJson.status).toBe(409);
    const body = (await asJson.json()) as { errors: Array<{ field: string }> };
    expect(body.errors.map((e) => e.field)).toEqual([...SECTIONS]);
  });

  test('after a change the confirmed page asks to confirm again, and an old key only replays its own request', async () => {
    const hatice = await logInAs(request, CITIZEN.hatice.nationalNumber);
    await checkEverything(hatice, 'nl');
    const confirm = await confirmForm(hatice, 'nl');
    expect((await hatice.post('/api/dossier/confirm', confirm)).status).toBe(303);
    const t = getT('nl');
    expect(await (await hatice.get('/nl/dossier/confirmed/')).text()).toContain(t('dossier.confirmed.title'));
    const change = formFields(await (await hatice.get('/nl/dossier/income/change/')).text(), '/api/dossier/save');
    const saved = await hatice.post('/api/dossier/save', {
      ...change,
      source: 'last-three-months',
      amount: '4321,00',
    });
    expect(saved.status).toBe(303);
    const after = await (await hatice.get('/nl/dossier/confirmed/')).text();
    expect(after).toContain(t('dossier.confirmed.changed.title'));
    expect(after).not.toContain(t('dossier.confirmed.title'));
    // The very same request again replays its answer; the same key with the new version is refused.
    expect((await hatice.post('/api/dossier/confirm', confirm)).status).toBe(303);
    const reused = await hatice.post('/api/dossier/confirm', {
      ...confirm,
      version: String(Number(confirm['version']) + 1),
    });
    expect(reused.status).toBe(422);
    expect(await reused.text()).toContain(t('dossier.form.reused.text'));
    expect(await confirmations(CITIZEN.hatice.nationalNumber)).toHaveLength(1);
  });

  test('a confirmation of a version that changed meanwhile is refused with the check page again (409)', async () => {
    await checkEverything(oleksandr, 'uk');
    const fields = await confirmForm(oleksandr, 'uk');
    const response = await oleksandr.post('/api/dossier/confirm', {
      ...fields,
      version: String(Number(fields['version']) + 5),
    });
    expect(response.status).toBe(409);
    expect(await response.text()).toContain(getT('uk')('dossier.confirm.changedMeanwhile'));
    expect(await confirmations(CITIZEN.oleksandr.nationalNumber)).toEqual([]);
  });

  test('in Ukrainian the receipt is in Dutch and English, and the page says so', async () => {
    const answer = await oleksandr.post('/api/dossier/confirm', await confirmForm(oleksandr, 'uk'), {
      Accept: 'application/json',
    });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({
      reference: expect.stringMatching(/^BI-/),
      dossierVersion: expect.any(Number),
    });
    expect(await (await oleksandr.get('/uk/dossier/confirmed/')).text()).toContain(
      getT('uk')('dossier.confirmed.receiptLanguage'),
    );
    const pdf = await oleksandr.get('/api/dossier/receipt?lang=uk');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  test('without a confirmation there is no receipt, and without a session no PDF at all', async () => {
    const lisa = await logInAs(request, CITIZEN.lisa.nationalNumber);
    expect((await lisa.get('/api/dossier/receipt?lang=nl')).status).toBe(404);
    expect((await lisa.get('/nl/dossier/confirmed/')).headers.get('location')).toBe('/nl/dossier/check/');
    const anonymous = await request('/api/dossier/receipt?lang=nl');
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/nl/sign-in/');
  });
});
