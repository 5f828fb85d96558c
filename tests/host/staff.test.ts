import { randomUUID } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, test } from 'vitest';
import { CITIZEN } from '../../dev/seed/candidates';
import { COMPANY_A } from '../../dev/seed/staff';
import { db } from '../../src/platform/db/db';
import { usePlatform } from '../support/in-process';
import { logInAs, logInStaff, type Citizen } from '../support/login';

const request = usePlatform();
let a1: Citizen;
let a2: Citizen;
let b1: Citizen;
let sarah: Citizen;
let sarahReference: string;
let ayseReference: string;

const referenceOf = async (nationalNumber: string) => {
  const { rows } = await db().query<{ reference: string }>(
    `SELECT d.reference FROM dossiers d JOIN candidates c ON c.id = d.candidate_id WHERE c.national_number = $1`,
    [nationalNumber],
  );
  return rows[0]?.reference ?? '';
};

beforeAll(async () => {
  [a1, a2, b1, sarah] = await Promise.all([
    logInStaff(request, 'staff-a1'),
    logInStaff(request, 'staff-a2', 'en'),
    logInStaff(request, 'staff-b1', 'fr'),
    logInAs(request, CITIZEN.sarah.nationalNumber),
  ]);
  sarahReference = await referenceOf(CITIZEN.sarah.nationalNumber);
  ayseReference = await referenceOf(CITIZEN.ayse.nationalNumber);
});

const act = (who: Citizen, values: Record<string, string>) =>
  who.post('/api/staff/acts', { lang: 'nl', idempotencyKey: randomUUID(), ...values });

const proxyPdf = async () => {
  const pdf = await PDFDocument.create();
  pdf.addPage().drawText('Volmacht');
  return pdf.save();
};

async function sendProxy(who: Citizen, reference: string, fields: Record<string, string> = {}, file?: File) {
  const body = new FormData();
  const values = {
    csrf: who.csrf,
    lang: 'nl',
    reference,
    reason: 'Volmacht getekend aan het loket',
    idempotencyKey: randomUUID(),
    ...fields,
  };
  for (const [name, value] of Object.entries(values)) body.set(name, value);
  body.set('file', file ?? new File([(await proxyPdf()).slice()], 'volmacht.pdf', { type: 'application/pdf' }));
  return request('/api/staff/proxy', { method: 'POST', headers: { Cookie: who.cookie }, body });
}

describe('who reaches the staff pages', () => {
  test('a staff member sees their own company; a candidate gets a 404; nobody logged in goes to the login', async () => {
    const page = await a1.get('/nl/staff/');
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/Kandidaten van uw woonmaatschappij/);
    expect(await (await a1.get(`/nl/staff/?q=${sarahReference}`)).text()).toContain(`candidates/${sarahReference}/`);
    expect((await sarah.get('/nl/staff/')).status).toBe(404);
    expect((await sarah.get(`/nl/staff/candidates/${sarahReference}/`)).status).toBe(404);
    const anonymous = await request('/nl/staff/');
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toContain('/api/auth/login');
  });

  test('company A does not list, read or act on company B, by any reference', async () => {
    expect((await a1.get(`/nl/staff/candidates/${ayseReference}/`)).status).toBe(404);
    expect((await a1.get(`/nl/staff/candidates/${ayseReference}/strike-off/`)).status).toBe(404);
    expect(await (await a1.get(`/nl/staff/?q=${ayseReference}`)).text()).not.toContain(`candidates/${ayseReference}/`);
    for (const kind of ['paper-reaction', 'help-asked', 'confirmation', 'strike-off', 'appeal']) {
      const answer = await act(a1, {
        reference: ayseReference,
        kind,
        reason: 'Dit mag niet lukken',
        ground: 'own-request',
      });
      expect(answer.status, kind).toBe(404);
    }
    expect((await sendProxy(a1, ayseReference)).status).toBe(404);
    const { rows } = await db().query(
      `SELECT count(*)::int AS n FROM staff_acts a JOIN dossiers d ON d.id = a.dossier_id WHERE d.reference = $1`,
      [ayseReference],
    );
    expect(rows[0].n).toBe(0);
    // Company B does see its own candidate.
    expect((await b1.get(`/fr/staff/candidates/${ayseReference}/`)).status).toBe(200);
  });

  test('languages: nl, fr and en as asked; Arabic shows the page in Dutch with a note in Arabic', async () => {
    expect(await (await b1.get('/fr/staff/')).text()).toContain('lang="fr"');
    const ar = await (await a1.get('/ar/staff/')).text();
    expect(ar).toContain('<html lang="nl"');
    expect(ar).toContain('lang="ar" dir="rtl"');
  });
});

describe('the list', () => {
  test('filters, search and paging; bad input is a 400 that says what, never a 500', async () => {
    const atRisk = await (await a1.get('/nl/staff/?filter=at-risk')).text();
    expect(atRisk).toContain('In gevaar');
    expect((await a1.get('/nl/staff/?filter=nope')).status).toBe(400);
    expect(await (await a1.get('/nl/staff/?filter=nope')).text()).toContain('Deze lijst bestaat niet');
    expect((await a1.get('/nl/staff/?page=0')).status).toBe(400);
    expect((await a1.get(`/nl/staff/?q=${'x'.repeat(101)}`)).status).toBe(400);
    for (const junk of ['%', '_', "'; DROP TABLE dossiers; --", '%00', 'Peeters']) {
      expect((await a1.get(`/nl/staff/?q=${encodeURIComponent(junk)}`)).status).toBeLessThan(500);
    }
    expect(await (await a1.get('/nl/staff/?q=Peeters')).text()).toContain(sarahReference);
    expect((await a1.get('/nl/staff/?page=999')).status).toBe(200);
  });
});

describe('acts', () => {
  test('an act needs a reason, is recorded once per key, and is audited with the staff identity', async () => {
    const noReason = await act(a1, { reference: sarahReference, kind: 'help-asked', reason: '' });
    expect(noReason.status).toBe(400);
    expect(await noReason.text()).toContain('Schrijf een reden');
    const key = randomUUID();
    const values = { reference: sarahReference, kind: 'help-asked', reason: 'Belde het loket', idempotencyKey: key };
    const answers = await Promise.all([act(a1, values), act(a1, values), act(a1, values)]);
    expect(answers.map((a) => a.status)).toEqual([303, 303, 303]);
    const { rows } = await db().query(`SELECT count(*)::int AS n FROM staff_acts WHERE idempotency_key = $1`, [
      `staff-a1:${key}`,
    ]);
    expect(rows[0].n).toBe(1);
    const audit = await db().query(
      `SELECT count(*)::int AS n FROM audit_log WHERE actor = 'staff:staff-a1' AND action = 'staff.act.helpAsked'`,
    );
    expect(audit.rows[0].n).toBe(1);
  });

  test('a form from another site is refused (403) and a post without a staff session never acts', async () => {
    const forged = await request('/api/staff/acts', {
      method: 'POST',
      headers: { Cookie: a1.cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        csrf: 'wrong',
        lang: 'nl',
        reference: sarahReference,
        kind: 'help-asked',
        reason: 'x'.repeat(10),
        idempotencyKey: randomUUID(),
      }).toString(),
    });
    expect(forged.status).toBe(403);
    const asCandidate = await act(sarah, {
      reference: sarahReference,
      kind: 'help-asked',
      reason: 'Ik ben geen medewerker',
    });
    expect(asCandidate.status).toBe(404);
  });

  test('confirming by proxy: refused without a proxy; with the signed form it confirms once, and the candidate sees who', async () => {
    const tooEarly = await act(a1, {
      reference: sarahReference,
      kind: 'confirmation',
      reason: 'Op vraag van de kandidaat',
    });
    expect(tooEarly.status).toBe(409);
    expect((await sendProxy(a1, sarahReference, {}, new File(['hallo'], 'volmacht.txt'))).status).toBe(415);
    expect((await sendProxy(a1, sarahReference, { reason: '' })).status).toBe(400);
    const proxy = await sendProxy(a1, sarahReference);
    expect(proxy.status).toBe(303);
    const before = await (await a1.get(`/nl/staff/?q=${sarahReference}`)).text();
    expect(before).toContain('Nog niet bevestigd');
    const key = randomUUID();
    const confirm = {
      reference: sarahReference,
      kind: 'confirmation',
      reason: 'Volmacht en papieren gezien',
      idempotencyKey: key,
    };
    // The staff member's confirmation and the candidate's own at the same moment: one confirmation.
    const [first, second] = await Promise.all([act(a2, confirm), act(a2, confirm)]);
    expect([first.status, second.status]).toEqual([303, 303]);
    const { rows } = await db().query(
      `SELECT count(*)::int AS n, bool_and(f.staff_act_id IS NOT NULL) AS by_staff FROM confirmations f
         JOIN dossiers d ON d.id = f.dossier_id WHERE d.reference = $1`,
      [sarahReference],
    );
    expect(rows[0]).toEqual({ n: 1, by_staff: true });
    const again = await act(a1, { ...confirm, idempotencyKey: randomUUID() });
    expect(again.status).toBe(409);
    const page = await (await a1.get(`/nl/staff/candidates/${sarahReference}/`)).text();
    expect(page).toContain('Door Karim Boukhari voor de kandidaat');
    expect(await (await a1.get(`/nl/staff/?q=${sarahReference}`)).text()).toContain('Bevestigd');
  });
});

describe('striking off', () => {
  test('asks for a ground and a notice date, refuses "no reaction" before the reminder passed, records it for the report', async () => {
    const { rows } = await db().query<{ reference: string }>(
      `SELECT d.reference FROM dossiers d WHERE d.housing_company = $1 AND d.status = 'open'
         AND d.reference <> $2 ORDER BY d.reference LIMIT 1`,
      [COMPANY_A, sarahReference],
    );
    const reference = rows[0]?.reference ?? '';
    expect(reference).not.toBe('');
    const page = await a1.get(`/nl/staff/candidates/${reference}/strike-off/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Grond van de schrapping');
    const base = { reference, kind: 'strike-off', reason: 'Kandidaat vroeg het zelf aan het loket' };
    expect((await act(a1, { ...base })).status).toBe(400);
    expect((await act(a1, { ...base, ground: 'own-request', noticeDate: '31-02-2026' })).status).toBe(400);
    expect((await act(a1, { ...base, ground: 'weird' })).status).toBe(400);
    const struck = await act(a1, { ...base, ground: 'own-request', noticeDate: new Date().toISOString().slice(0, 10) });
    expect(struck.status).toBe(303);
    const saved = await db().query(
      `SELECT s.ground, d.status FROM strike_offs s JOIN dossiers d ON d.id = s.dossier_id WHERE d.reference = $1`,
      [reference],
    );
    expect(saved.rows[0]).toEqual({ ground: 'own-request', status: 'struck-off' });
    expect(
      (await act(a1, { ...base, ground: 'own-request', noticeDate: new Date().toISOString().slice(0, 10) })).status,
    ).toBe(409);
  });
});

describe('what the candidate sees', () => {
  test("after a confirmation by proxy, the candidate's dossier page says who confirmed it and when", async () => {
    const page = await (await sarah.get('/nl/dossier/')).text();
    expect(page).toContain('Karim Boukhari van Woonmaatschappij Dijle en Nete heeft je dossier voor jou bevestigd');
  });
});

describe("the candidates' documents", () => {
  test("staff download their own company's candidates' files, never another company's", async () => {
    const { rows } = await db().query<{ id: string }>(
      `SELECT x.id FROM documents x JOIN dossiers d ON d.id = x.dossier_id WHERE d.reference = $1 AND x.kind = 'proxy-form'`,
      [sarahReference],
    );
    const id = rows[0]?.id ?? '';
    const own = await a1.get(`/api/staff/documents/${id}/file`);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-disposition')).toContain('attachment');
    expect((await b1.get(`/api/staff/documents/${id}/file`)).status).toBe(404);
    expect((await request(`/api/staff/documents/${id}/file`)).status).toBe(404);
    expect((await a1.get('/api/staff/documents/not-an-id/file')).status).toBe(404);
    const audit = await db().query(
      `SELECT count(*)::int AS n FROM audit_log WHERE actor = 'staff:staff-a1' AND action = 'document.download'`,
    );
    expect(audit.rows[0].n).toBe(1);
  });
});

describe('a struck-off candidate', () => {
  test('finds the appeal letter on their dossier page, filled in with their name, company and notice date', async () => {
    const dirk = await logInAs(request, CITIZEN.dirk.nationalNumber);
    const page = await (await dirk.get('/nl/dossier/')).text();
    expect(page).toContain('action="/api/letter/appeal"');
    expect(page).toContain('value="Dirk Maes"');
    expect(page).toMatch(/name="noticeDate-year"[^>]*value="20\d\d"/);
  });
});

describe('the at-risk list', () => {
  test('shrinks by one when an at-risk candidate is confirmed by proxy', async () => {
    const count = async () =>
      Number(/(\d+) kandidaten? (?:is|zijn) in gevaar/.exec(await (await a1.get('/nl/staff/')).text())?.[1]);
    const before = await count();
    expect(before).toBeGreaterThan(0);
    const page = await (await a1.get('/nl/staff/?filter=at-risk')).text();
    const reference = /candidates\/(CIR-[\d-]+)\//.exec(page)?.[1] ?? '';
    expect(
      (await act(a1, { reference, kind: 'paper-reaction', reason: 'Papieren afgegeven aan het loket' })).status,
    ).toBe(303);
    expect((await act(a1, { reference, kind: 'confirmation', reason: 'Bevestigd met de papieren' })).status).toBe(303);
    expect(await count()).toBe(before - 1);
  });
});

describe('one browser, one person', () => {
  test('a staff login in a browser where a candidate is logged in logs the candidate out, and the other way round', async () => {
    const { logIn } = await import('../support/log-in');
    const candidate = await logIn(request, CITIZEN.luc.nationalNumber);
    const candidateCookie = candidate.jar.header();
    const staff = await logIn(request, 'staff-a1', { jar: candidate.jar, returnPath: '/nl/staff/' });
    expect(staff.response.status).toBe(303);
    const staffCookie = staff.jar.header();
    expect((await request('/nl/staff/', { headers: { Cookie: staffCookie } })).status).toBe(200);
    // The candidate's session ended on the server: even a kept copy of its cookie no longer works.
    expect((await request('/nl/dossier/', { headers: { Cookie: candidateCookie } })).status).toBe(303);
    const again = await logIn(request, CITIZEN.luc.nationalNumber, { jar: staff.jar });
    expect(again.response.status).toBe(303);
    expect((await request('/nl/dossier/', { headers: { Cookie: again.jar.header() } })).status).toBe(200);
    // And the staff session ended: its copy goes to the login again.
    const staffOnly = staffCookie
      .split('; ')
      .filter((c) => c.startsWith('bi_staff='))
      .join('; ');
    expect((await request('/nl/staff/', { headers: { Cookie: staffOnly } })).status).toBe(303);
  });
});
