import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { CITIZEN } from '../../dev/seed/candidates';
import { COMPANY_A, COMPANY_B } from '../../dev/seed/staff';
import { GROUND_LABELS, type StrikeOffGround } from '../../src/features/staff/model/grounds';
import { getT } from '../../src/lib/i18n';
import { db } from '../../src/platform/db/db';
import { usePlatform } from '../support/in-process';
import { gzipBytes, PAGE_BUDGET_GZIP_BYTES } from '../support/page-weight';
import { logInAs, logInStaff, type Citizen } from '../support/login';

const request = usePlatform();
let a1: Citizen;
let b1: Citizen;
let sarah: Citizen;

/** A period long ago, so that only this file's strike-offs fall in it. */
const PERIOD = 'from=2019-01-01&to=2019-12-31';
const TOWN_A = 'Aartselaar-proef';
const TOWN_A2 = 'Heist-proef';
const TOWN_B = 'Balen-proef';
const FORMULA_TOWN = '=HYPERLINK("http://x")';
let serial = 0;

interface StrikeOff {
  company: string;
  municipality: string;
  ground: StrikeOffGround;
  noticeDate?: string;
  neverLoggedIn?: boolean;
  hadHelp?: boolean;
  hadProxy?: boolean;
  contestedOn?: string | null;
}

/** A candidate, their dossier, the staff act and the strike-off, written straight into the database. */
async function strikeOff(s: StrikeOff) {
  serial += 1;
  const candidate = randomUUID();
  const dossier = randomUUID();
  const act = randomUUID();
  await db().query(
    `INSERT INTO candidates (id, national_number, given_name, family_name, birth_date)
     VALUES ($1, $2, 'Proef', $3, '1980-01-01')`,
    [candidate, `99${String(serial).padStart(9, '0')}`, `Persoon${serial}`],
  );
  await db().query(
    `INSERT INTO dossiers (id, candidate_id, reference, housing_company, registration_date, status)
     VALUES ($1, $2, $3, $4, '2015-01-01', 'struck-off')`,
    [dossier, candidate, `PROEF-${serial}`, s.company],
  );
  await db().query(
    `INSERT INTO staff_acts (id, dossier_id, kind, staff_id, staff_name, company, reason, idempotency_key)
     VALUES ($1, $2, 'strike-off', 'staff-a1', 'Annelies Wouters', $3, 'Geen reactie', $4)`,
    [act, dossier, s.company, randomUUID()],
  );
  await db().query(
    `INSERT INTO strike_offs (dossier_id, act_id, ground, notice_date, company, municipality,
                              never_logged_in, had_help, had_proxy, contested_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      dossier,
      act,
      s.ground,
      s.noticeDate ?? '2019-06-15',
      s.company,
      s.municipality,
      s.neverLoggedIn ?? false,
      s.hadHelp ?? false,
      s.hadProxy ?? false,
      s.contestedOn ?? null,
    ],
  );
}

beforeAll(async () => {
  // Company A, Aartselaar, no reaction: 6 struck off, 4 never logged in, 2 with help or a proxy
  // (one with both), 1 contested. Heist, own request: 5, all contested.
  for (let i = 0; i < 6; i++) {
    await strikeOff({
      company: COMPANY_A,
      municipality: TOWN_A,
      ground: 'no-reaction',
      neverLoggedIn: i < 4,
      hadHelp: i === 4 || i === 5,
      hadProxy: i === 5,
      contestedOn: i === 0 ? '2019-07-01' : null,
    });
  }
  for (let i = 0; i < 5; i++) {
    await strikeOff({
      company: COMPANY_A,
      municipality: TOWN_A2,
      ground: 'own-request',
      contestedOn: '2019-07-10',
    });
  }
  await strikeOff({ company: COMPANY_A, municipality: FORMULA_TOWN, ground: 'false-data' });
  // Outside the period: not counted.
  await strikeOff({ company: COMPANY_A, municipality: TOWN_A, ground: 'no-reaction', noticeDate: '2020-01-01' });
  // Company B, Balen: 3 struck off.
  for (let i = 0; i < 3; i++) {
    await strikeOff({ company: COMPANY_B, municipality: TOWN_B, ground: 'no-reaction', neverLoggedIn: true });
  }
  [a1, b1, sarah] = await Promise.all([
    logInStaff(request, 'staff-a1'),
    logInStaff(request, 'staff-b1', 'fr'),
    logInAs(request, CITIZEN.sarah.nationalNumber),
  ]);
});

const noReaction = getT('nl')(GROUND_LABELS['no-reaction']);
const ownRequest = getT('nl')(GROUND_LABELS['own-request']);
/** The text of a page's cells, without tags, one space between. */
const cellsOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"');

describe('the staff report page', () => {
  test('staff of company A see their own strike-offs in the period, in a table and a chart', async () => {
    const answer = await a1.get(`/nl/staff/report/?${PERIOD}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const html = await answer.text();
    const text = cellsOf(html);
    // Per municipality: Aartselaar 6 / 4 / 2 / 1; Heist 5 / 0 / 0 / 5.
    expect(text).toContain(`${TOWN_A} 6 4 2 1`);
    expect(text).toContain(`${TOWN_A2} 5 0 0 5`);
    // Per ground and per municipality and ground.
    expect(text).toContain(`${noReaction} 6 4 2 1`);
    expect(text).toContain(`${ownRequest} 5 0 0 5`);
    expect(text).toContain(`${TOWN_A} ${noReaction} 6 4 2 1`);
    // All together: 12 (the one in 2020 is outside the period).
    expect(text).toContain('Samen 12 4 2 6');
    expect(html).not.toContain(TOWN_B);
    expect(gzipBytes(html)).toBeLessThanOrEqual(PAGE_BUDGET_GZIP_BYTES);
    expect(html).toMatch(
      /<svg[^>]*role="img"[^>]*aria-labelledby="by-municipality-chart-title by-municipality-chart-desc"/,
    );
    expect(html).toContain('<title id="by-municipality-chart-title">');
    expect(html).toMatch(/<th scope="col" class="num">/);
    expect(html).toContain(`href="/nl/staff/report.csv?from=2019-01-01&amp;to=2019-12-31"`);
    expect(html).toContain('<label for="from">');
    expect(html).toContain('<label for="to">');
    const { rows } = await db().query(
      `SELECT dossier_id FROM audit_log WHERE actor = 'staff:staff-a1' AND action = 'staff.report.view'`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.dossier_id === null)).toBe(true);
  });

  test('staff of company B do not see company A, and see their own', async () => {
    const html = await (await b1.get(`/fr/staff/report/?${PERIOD}`)).text();
    expect(html).not.toContain(TOWN_A);
    expect(html).not.toContain(TOWN_A2);
    expect(cellsOf(html)).toContain(`${TOWN_B} 3 3 0 0`);
  });

  test('a candidate gets a 404; nobody logged in goes to the login', async () => {
    expect((await sarah.get(`/nl/staff/report/?${PERIOD}`)).status).toBe(404);
    expect((await sarah.get(`/nl/staff/report.csv?${PERIOD}`)).status).toBe(404);
    const anonymous = await request(`/nl/staff/report/`);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toContain('/api/auth/login');
  });

  test('without dates it shows the last 12 months', async () => {
    const answer = await a1.get('/nl/staff/report/');
    expect(answer.status).toBe(200);
    expect(await answer.text()).not.toContain(TOWN_A);
  });

  test('a date that does not exist, dates the wrong way round or a period over 5 years: a 400 that says so', async () => {
    const cases: [string, string][] = [
      ['from=2019-02-30&to=2019-12-31', 'Vul bij &#39;Van&#39; een bestaande datum in'],
      ['from=2019-01-01&to=morgen', 'Vul bij &#39;Tot en met&#39; een bestaande datum in'],
      ['from=2019-12-31&to=2019-01-01', 'moet voor de datum'],
      ['from=2000-01-01&to=2019-01-01', 'hoogstens 5 jaar'],
    ];
    for (const [query, message] of cases) {
      const answer = await a1.get(`/nl/staff/report/?${query}`);
      expect(answer.status, query).toBe(400);
      const html = await answer.text();
      expect(html.replaceAll('&#x27;', '&#39;').replaceAll("'", '&#39;'), query).toContain(message);
      expect(html).toContain('error-summary');
    }
  });
});

describe('the CSV export', () => {
  test('the same figures as the table, as a UTF-8 file with a header row', async () => {
    const answer = await a1.get(`/nl/staff/report.csv?${PERIOD}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(answer.headers.get('content-disposition')).toBe(
      'attachment; filename="schrappingen-2019-01-01-2019-12-31.csv"',
    );
    const bytes = new Uint8Array(await answer.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Gemeente;Reden;Geschrapt;Nooit aangemeld;Met hulp of volmacht;Betwist');
    expect(lines).toContain(`${TOWN_A};${noReaction};6;4;2;1`);
    expect(lines).toContain(`${TOWN_A2};${ownRequest};5;0;0;5`);
    expect(lines).toHaveLength(4);
    expect(lines.join('\n')).not.toContain(TOWN_B);
    const { rows } = await db().query(
      `SELECT 1 FROM audit_log WHERE actor = 'staff:staff-a1' AND action = 'staff.report.export'`,
    );
    expect(rows.length).toBeGreaterThan(0);
  });

  test('a cell that a spreadsheet would run as a formula is written as text', async () => {
    const text = await (await a1.get(`/nl/staff/report.csv?${PERIOD}`)).text();
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).not.toMatch(/(^|;|\n)=HYPERLINK/);
  });

  test('company B gets only its own rows', async () => {
    const text = await (await b1.get(`/fr/staff/report.csv?${PERIOD}`)).text();
    expect(text).not.toContain(TOWN_A);
    expect(text).toContain(TOWN_B);
  });

  test('bad dates: the report page with a 400 that says so', async () => {
    const answer = await a1.get('/nl/staff/report.csv?from=2019-13-01&to=2019-12-31');
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toContain('text/html');
    expect(await answer.text()).toContain('een bestaande datum');
  });
});

describe('the public API', () => {
  test('counts only, per municipality and ground, with counts under 5 suppressed', async () => {
    const answer = await request(`/api/report/strike-offs?${PERIOD}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('content-type')).toContain('application/json');
    const body = await answer.json();
    expect(body.period).toEqual({ from: '2019-01-01', to: '2019-12-31' });
    const cell = (municipality: string) =>
      body.cells.find((c: { municipality: string }) => c.municipality === municipality);
    expect(cell(TOWN_A)).toEqual({
      municipality: TOWN_A,
      ground: 'no-reaction',
      total: 6,
      neverLoggedIn: null,
      helpOrProxy: null,
      contested: null,
      suppressed: true,
    });
    expect(cell(TOWN_A2)).toEqual({
      municipality: TOWN_A2,
      ground: 'own-request',
      total: 5,
      neverLoggedIn: 0,
      helpOrProxy: 0,
      contested: 5,
      suppressed: false,
    });
    expect(cell(TOWN_B)).toMatchObject({ total: null, neverLoggedIn: null, suppressed: true });
    // All companies together: 15; never logged in 4 + 3 = 7.
    expect(body.all).toEqual({ total: 15, neverLoggedIn: 7, helpOrProxy: null, contested: 6, suppressed: true });
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/PROEF-|Persoon|99\d{9}|Annelies|staff-a1/);
  });

  test('bad dates: a 400 with the field and a message, in JSON', async () => {
    for (const query of ['from=2019-02-30', 'to=x', 'from=2020-01-01&to=2019-01-01', 'from=1990-01-01&to=2019-01-01']) {
      const answer = await request(`/api/report/strike-offs?${query}`);
      expect(answer.status, query).toBe(400);
      const body = await answer.json();
      expect(body.errors).toHaveLength(1);
      expect(['from', 'to']).toContain(body.errors[0].field);
      expect(body.errors[0].key).toMatch(/^report\.period\./);
      expect(body.errors[0].message.length).toBeGreaterThan(10);
    }
  });
});

describe('junk in the address', () => {
  const JUNK = [
    'from=%00&to=%ff',
    'from=' + 'x'.repeat(5000),
    'from[]=1&to[]=2',
    'from=2019-01-01&from=2019-02-01',
    'from=0000-00-00&to=9999-99-99',
    'from=9999-12-31&to=9999-12-31',
    'from=0001-01-01&to=0001-12-31',
    "from=2019-01-01'%20OR%201=1--&to=2019-12-31",
    'from=%E2%80%AE2019-01-01',
    'from=1.1.1&to=31/12/2019',
    '%zz=1&from=%',
  ];
  test('never a 500', async () => {
    for (const query of JUNK) {
      for (const answer of [
        await a1.get(`/nl/staff/report/?${query}`),
        await a1.get(`/nl/staff/report.csv?${query}`),
        await request(`/api/report/strike-offs?${query}`),
      ]) {
        expect(answer.status, query).toBeLessThan(500);
        await answer.arrayBuffer();
      }
    }
  });
});
