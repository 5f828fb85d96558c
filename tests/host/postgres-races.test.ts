import { beforeAll, describe, expect, test } from 'vitest';
import { CITIZEN } from '../../dev/seed/candidates';
import { SECTIONS } from '../../src/features/dossier/model/types';
import { db } from '../../src/platform/db/db';
import { formFields } from '../support/form-fields';
import { usePlatform } from '../support/in-process';
import { logInAs, type Citizen } from '../support/login';
import { useRealPostgres } from '../support/real-postgres';

// Through the host's HTTP handling, on a real PostgreSQL server: every request has its own
// session and transaction, as in production, which the embedded database cannot show.
const postgres = useRealPostgres();
const request = usePlatform(postgres.database);

const confirmationsOf = async (nationalNumber: string) =>
  (
    await db().query(
      `SELECT f.reference FROM confirmations f JOIN dossiers d ON d.id = f.dossier_id
        JOIN candidates c ON c.id = d.candidate_id WHERE c.national_number = $1`,
      [nationalNumber],
    )
  ).rowCount;

let ion: Citizen;
let mihai: Citizen;
let bogdan: Citizen;
beforeAll(async () => {
  ion = await logInAs(request, CITIZEN.ion.nationalNumber);
  mihai = await logInAs(request, CITIZEN.mihai.nationalNumber);
  bogdan = await logInAs(request, CITIZEN.bogdan.nationalNumber);
});

describe('on a real PostgreSQL server', () => {
  test('two saves of one section from one version at the same moment give exactly one 303 and one 409', async () => {
    const stale = formFields(await (await ion.get('/nl/dossier/income/change/')).text(), '/api/dossier/save');
    const save = (amount: string) =>
      ion.post('/api/dossier/save', {
        ...stale,
        idempotencyKey: crypto.randomUUID(),
        source: 'last-three-months',
        taxYear: '',
        amount,
      });
    const statuses = (await Promise.all([save('1500,00'), save('1600,00')])).map((r) => r.status).sort();
    expect(statuses).toEqual([303, 409]);
    const { rows } = await db().query<{ version: number }>(
      `SELECT d.version FROM dossiers d JOIN candidates c ON c.id = d.candidate_id WHERE c.national_number = $1`,
      [CITIZEN.ion.nationalNumber],
    );
    expect(rows[0]?.version).toBe(Number(stale['version']) + 1);
  });

  test('50 racing confirmations of one dossier, each with its own key, record one row and all answer 303', async () => {
    for (const section of SECTIONS) await mihai.post('/api/dossier/check', { section, lang: 'nl' });
    const fields = formFields(await (await mihai.get('/nl/dossier/check/')).text(), '/api/dossier/confirm');
    const answers = await Promise.all(
      Array.from({ length: 50 }, () =>
        mihai.post('/api/dossier/confirm', { ...fields, idempotencyKey: crypto.randomUUID() }),
      ),
    );
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([303]));
    expect(await confirmationsOf(CITIZEN.mihai.nationalNumber)).toBe(1);
  });
});

// Stopping and starting the server needs the throwaway one, not a shared DATABASE_URL server.
describe.skipIf(Boolean(process.env['DATABASE_URL']))('when the database goes away in the middle of a run', () => {
  test('pages answer 503 in their language, health says "down", and the site recovers without a restart', async () => {
    expect((await bogdan.get('/pl/dossier/')).status).toBe(200);
    await postgres.server().pause();
    try {
      const page = await bogdan.get('/pl/dossier/');
      expect(page.status).toBe(503);
      expect(page.headers.get('retry-after')).toBe('30');
      const html = await page.text();
      expect(html).toContain('<html lang="pl"');
      expect(html).toContain('Strona teraz nie działa');
      expect(html).not.toMatch(/at .*\.(m?js|ts):\d+/);
      const health = await request('/api/health');
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'degraded', database: 'down', blobs: 'ok' });
    } finally {
      await postgres.server().resume();
    }
    expect((await bogdan.get('/pl/dossier/')).status).toBe(200);
    expect(await (await request('/api/health')).json()).toEqual({ status: 'ok', database: 'ok', blobs: 'ok' });
  });
});
