import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CITIZEN, TEST_CITIZENS, type TestCitizen } from '../../dev/seed/candidates';
import { seedDossiers } from '../../dev/seed/dossiers';
import { addDays, daysBetween, todayInBelgium } from '../../src/lib/dates';
import { getT } from '../../src/lib/i18n';
import { SECTIONS, type Dossier } from '../../src/features/dossier/model/types';
import { isValidNationalNumber } from '../../src/lib/national-number';
import { db } from '../../src/platform/db/db';
import { readDossier } from '../../src/features/dossier/service/read-dossier';
import { confirmDossier, loadDossier, markChecked, saveSection } from '../../src/features/dossier/service/index';
import { startSession } from '../../src/features/auth/session';
import { usePlatform } from '../support/in-process';
import { useRealPostgres } from '../support/real-postgres';

// A real PostgreSQL server: the races below need real transactions and sessions, which PGlite
// (one session for every connection) cannot show.
const request = usePlatform(useRealPostgres().database);
// Registered after usePlatform's, so it runs first: close our pool before the database stops.
afterAll(() => db().end());

const today = todayInBelgium();
const idOf = async (citizen: TestCitizen) =>
  (await db().query<{ id: string }>('SELECT id FROM candidates WHERE national_number = $1', [citizen.nationalNumber]))
    .rows[0]!.id;
const auditCount = async (action: string, dossierId: string) =>
  Number(
    (
      await db().query<{ n: string }>('SELECT count(*) AS n FROM audit_log WHERE action = $1 AND dossier_id = $2', [
        action,
        dossierId,
      ])
    ).rows[0]!.n,
  );
const income = (euros: number) => ({
  source: 'tax-assessment',
  taxYear: Number(today.slice(0, 4)) - 2,
  amountCents: euros * 100,
});

describe('the seed', () => {
  let dossiers: Dossier[];
  beforeAll(async () => {
    dossiers = await Promise.all(TEST_CITIZENS.map(async (c) => (await readDossier(await idOf(c)))!));
  });
  const latestDeadline = (d: Dossier) => d.letters.at(-1)?.deadline ?? '';

  test('has one dossier per test citizen and the 300 generated ones, each national number with a valid check number', async () => {
    const { rows } = await db().query<{ national_number: string }>(
      'SELECT c.national_number FROM candidates c JOIN dossiers d ON d.candidate_id = c.id',
    );
    expect(rows.length).toBeGreaterThanOrEqual(20);
    expect(rows.length).toBe(TEST_CITIZENS.length + 300);
    const numbers = new Set(rows.map((r) => r.national_number));
    expect(TEST_CITIZENS.filter((c) => !numbers.has(c.nationalNumber))).toEqual([]);
    expect(rows.filter((r) => !isValidNationalNumber(r.national_number))).toEqual([]);
    expect(new Set(rows.map((r) => r.national_number)).size).toBe(rows.length);
  });

  test('has households of one to six people, partners, children and a member with a disability', () => {
    expect(new Set(dossiers.map((d) => d.household.length))).toEqual(new Set([1, 2, 3, 4, 5, 6]));
    const members = dossiers.flatMap((d) => d.household);
    expect(members.some((m) => m.role === 'partner')).toBe(true);
    expect(members.some((m) => m.role === 'child')).toBe(true);
    expect(members.some((m) => m.disability)).toBe(true);
    expect(dossiers.every((d) => d.household[0]?.role === 'reference')).toBe(true);
  });

  test('has income from a tax assessment at most 3 years old and from the last three months', () => {
    const year = Number(today.slice(0, 4));
    const assessed = dossiers.filter((d) => d.income.source === 'tax-assessment');
    expect(assessed.length).toBeGreaterThan(0);
    expect(assessed.every((d) => d.income.taxYear! >= year - 3 && d.income.taxYear! < year)).toBe(true);
    expect(dossiers.some((d) => d.income.source === 'last-three-months' && d.income.taxYear === null)).toBe(true);
  });

  test('has a reference address, letters of every kind, a reminder ending tomorrow and a passed deadline', () => {
    expect(dossiers.some((d) => d.housing.register === 'reference-address')).toBe(true);
    const kinds = new Set(dossiers.flatMap((d) => d.letters.map((l) => l.kind)));
    expect(kinds).toEqual(new Set(['first', 'reminder', 'yearly', 'struck-off']));
    const reminderTomorrow = dossiers.find(
      (d) => d.letters.at(-1)?.kind === 'reminder' && latestDeadline(d) === addDays(today, 1),
    );
    expect(reminderTomorrow?.person.givenName).toBe(CITIZEN.ayse.givenName);
    expect(dossiers.some((d) => d.status === 'open' && latestDeadline(d) < today)).toBe(true);
    expect(dossiers.some((d) => d.status === 'struck-off')).toBe(true);
  });

  test('every deadline is the letter date plus the period of the rules', () => {
    for (const l of dossiers.flatMap((d) => d.letters)) {
      const days = { first: 30, reminder: 15, yearly: 30, 'struck-off': 30 }[l.kind];
      expect(daysBetween(l.sentOn, l.deadline!)).toBe(days);
    }
  });

  test('has migration errors that are visibly wrong, someone who prefers Arabic and a confirmed dossier', async () => {
    const flagged = dossiers.find((d) => d.dataIssues.length > 0)!;
    expect(flagged.dataIssues).toEqual(['dossier.issue.duplicateMember', 'dossier.issue.postcodeMismatch']);
    const people = flagged.household.map((m) => `${m.givenName} ${m.familyName} ${m.birthDate}`);
    expect(new Set(people).size).toBeLessThan(people.length);
    expect(flagged.housing).toMatchObject({ postcode: '2000', municipality: 'Gent' });
    expect(dossiers.some((d) => d.person.preferredLang === 'ar')).toBe(true);
    const confirmed = dossiers.find((d) => d.status === 'confirmed')!;
    expect(confirmed.confirmation).toMatchObject({ dossierVersion: confirmed.version });
  });

  test('the first test citizen has an open dossier and a first letter with about 3 weeks left', () => {
    const first = dossiers[0]!;
    expect(first.person.nationalNumber).toBe(TEST_CITIZENS[0]!.nationalNumber);
    expect(first.status).toBe('open');
    expect(first.letters.map((l) => l.kind)).toEqual(['first']);
    expect(daysBetween(today, latestDeadline(first))).toBeGreaterThanOrEqual(18);
    expect(daysBetween(today, latestDeadline(first))).toBeLessThanOrEqual(24);
  });

  test('the seed data for any day keeps the same people and dates relative to that day', () => {
    const later = seedDossiers('2031-07-01');
    expect(later.map((d) => d.citizen)).toEqual(TEST_CITIZENS);
    expect(later[0]!.letters[0]!.sentOn).toBe('2031-06-22');
  });
});

describe('reading a dossier', () => {
  test('gives the candidate their own dossier only, and writes an audit row', async () => {
    const id = await idOf(CITIZEN.pieter);
    const before = await readDossier(id);
    const dossier = await loadDossier(id);
    expect(dossier?.person).toMatchObject({ nationalNumber: CITIZEN.pieter.nationalNumber, familyName: 'De Smet' });
    const others = TEST_CITIZENS.filter((c) => c !== CITIZEN.pieter).map((c) => c.familyName);
    expect(JSON.stringify(dossier)).not.toMatch(new RegExp(others.join('|')));
    expect(await auditCount('dossier.read', before!.id)).toBe(1);
  });

  test('gives null for a candidate without a dossier', async () => {
    expect(await loadDossier(randomUUID())).toBeNull();
  });
});

describe('saving a section', () => {
  test('bumps the version, marks the section changed with the field names, and audits it', async () => {
    const id = await idOf(CITIZEN.grace);
    const result = await saveSection(id, 'income', 1, income(15000));
    expect(result).toEqual({ ok: true, version: 2 });
    const dossier = (await readDossier(id))!;
    expect(dossier.income.amountCents).toBe(1_500_000);
    expect(dossier.sections.income).toEqual({ state: 'changed', changedFields: ['source', 'taxYear', 'amount'] });
    expect(await auditCount('dossier.update.income', dossier.id)).toBe(1);
  });

  test('with a stale version changes nothing and returns the current dossier', async () => {
    const id = await idOf(CITIZEN.emre);
    await saveSection(id, 'choices', 1, { municipalities: ['Kortrijk'], homeType: 'flat' });
    const before = await readDossier(id);
    const result = await saveSection(id, 'choices', 1, { municipalities: ['Menen'], homeType: 'house' });
    expect(result).toEqual({ ok: false, conflict: before });
    expect(await readDossier(id)).toEqual(before);
    expect(await auditCount('dossier.conflict.choices', before!.id)).toBe(1);
  });

  test('two saves from the same version at the same moment: one wins, the other gets the conflict', async () => {
    const id = await idOf(CITIZEN.mihai);
    const amounts = [20000, 30000];
    const results = await Promise.all(amounts.map((euros) => saveSection(id, 'income', 1, income(euros))));
    expect(results.filter((r) => r.ok)).toEqual([{ ok: true, version: 2 }]);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, conflict: { version: 2 } });
    // The winner's values are stored, whole; the loser's are not.
    const winner = amounts[results.findIndex((r) => r.ok)]!;
    expect((await readDossier(id))!).toMatchObject({ version: 2, income: income(winner) });
  });

  test('a save after a save from another device gets a conflict showing what the other device saved', async () => {
    const id = await idOf(CITIZEN.anna);
    expect(await saveSection(id, 'income', 1, income(31000))).toEqual({ ok: true, version: 2 });
    const second = await saveSection(id, 'income', 1, income(32000));
    expect(second).toMatchObject({ ok: false, conflict: { version: 2, income: income(31000) } });
  });

  test("household ticks only change the dossier's own members", async () => {
    const id = await idOf(CITIZEN.nadia);
    const other = (await readDossier(await idOf(CITIZEN.lisa)))!;
    const dossier = (await readDossier(id))!;
    const lina = dossier.household[1]!;
    const result = await saveSection(id, 'household', 1, {
      disability: [lina.id, other.household[0]!.id],
      dependent: [lina.id],
    });
    expect(result.ok).toBe(true);
    const after = (await readDossier(id))!;
    expect(after.household[1]).toMatchObject({ disability: true, dependent: true });
    expect(after.sections.household.changedFields).toEqual([`disability-${lina.id}`]);
    expect(await readDossier(await idOf(CITIZEN.lisa))).toEqual(other);
  });

  test('refuses values that did not go through the section schema', async () => {
    const id = await idOf(CITIZEN.nadia);
    await expect(saveSection(id, 'income', 2, { source: 'tax-assessment', amount: '12,00' })).rejects.toThrow(
      TypeError,
    );
  });

  test('"this is right" marks a section checked, and keeps a changed section changed', async () => {
    const id = await idOf(CITIZEN.grace);
    await markChecked(id, 'address');
    await markChecked(id, 'income');
    const dossier = (await readDossier(id))!;
    expect(dossier.sections.address.state).toBe('checked');
    expect(dossier.sections.income.state).toBe('changed');
    expect(await auditCount('dossier.check.address', dossier.id)).toBe(1);
  });
});

/** "This is right" for every part, as the person does before the check page offers "Confirm". */
const checkAll = async (id: string) => {
  for (const section of SECTIONS) await markChecked(id, section);
};

describe('confirming', () => {
  test('a dossier with parts still to check is refused, whatever the form says, and nothing is recorded', async () => {
    const id = await idOf(CITIZEN.lisa);
    await markChecked(id, 'personal');
    const result = await confirmDossier(id, randomUUID(), (await readDossier(id))!.version);
    expect(result).toMatchObject({ ok: false, reason: 'open', conflict: { status: 'open' } });
    const dossier = (await readDossier(id))!;
    expect((await db().query('SELECT 1 FROM confirmations WHERE dossier_id = $1', [dossier.id])).rowCount).toBe(0);
    expect(await auditCount('dossier.confirm.refused.open', dossier.id)).toBe(1);
  });

  test('50 calls at once with the same key record exactly one confirmation and all return it', async () => {
    const id = await idOf(CITIZEN.mohamed);
    await checkAll(id);
    const results = await Promise.all(Array.from({ length: 50 }, () => confirmDossier(id, 'same-key-0001', 1)));
    const references = new Set(results.map((r) => (r.ok ? r.confirmation.reference : 'refused')));
    expect(references.size).toBe(1);
    expect([...references][0]).toMatch(/^BI-\d{4}-[2-9A-HJKMNP-Z]{6}$/);
    const dossier = (await readDossier(id))!;
    const { rows } = await db().query('SELECT reference FROM confirmations WHERE dossier_id = $1', [dossier.id]);
    expect(rows).toEqual([{ reference: [...references][0] }]);
    expect(dossier.status).toBe('confirmed');
    expect(await auditCount('dossier.confirm', dossier.id)).toBe(1);
  });

  test('50 calls at once with 50 different keys for one version also record exactly one', async () => {
    const id = await idOf(CITIZEN.tetiana);
    await checkAll(id);
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => confirmDossier(id, `key-${i}-abcdef`, 1)));
    expect(new Set(results.map((r) => (r.ok ? r.confirmation.reference : 'refused'))).size).toBe(1);
    const dossier = (await readDossier(id))!;
    expect((await db().query('SELECT 1 FROM confirmations WHERE dossier_id = $1', [dossier.id])).rowCount).toBe(1);
  });

  test('the database itself refuses a second confirmation of one dossier version', async () => {
    const copy = db().query(
      `INSERT INTO confirmations (id, dossier_id, reference, dossier_version, idempotency_key)
       SELECT $1, dossier_id, 'BI-TEST-COPY', dossier_version, $2 FROM confirmations LIMIT 1`,
      [randomUUID(), randomUUID()],
    );
    await expect(copy).rejects.toThrow(/confirmations_one_per_version/);
  });

  test('a second confirmation with a new key for the same version returns the first one', async () => {
    const id = await idOf(CITIZEN.mohamed);
    const first = await confirmDossier(id, 'same-key-0001', 1);
    const second = await confirmDossier(id, 'another-key-0002', 1);
    expect(second).toEqual(first);
  });

  test('a stale version is refused with the current dossier; a retry of an earlier key still gets its answer', async () => {
    const id = await idOf(CITIZEN.mohamed);
    const first = await confirmDossier(id, 'same-key-0001', 1);
    expect(await saveSection(id, 'choices', 1, { municipalities: ['Antwerpen'], homeType: 'both' })).toEqual({
      ok: true,
      version: 2,
    });
    expect((await readDossier(id))!.status).toBe('open');
    const stale = await confirmDossier(id, 'fresh-key-0003', 1);
    expect(stale).toMatchObject({ ok: false, reason: 'changed', conflict: { version: 2, status: 'open' } });
    expect(await confirmDossier(id, 'same-key-0001', 2)).toEqual(first);
    const again = await confirmDossier(id, 'fresh-key-0004', 2);
    expect(again.ok && again.confirmation.dossierVersion).toBe(2);
    expect((await loadDossier(id))!.confirmation).toEqual(again.ok && again.confirmation);
  });

  test('correct the income, then confirm: the journey of the first test citizen', async () => {
    const id = await idOf(TEST_CITIZENS[0]!);
    expect(await saveSection(id, 'income', 1, income(19870))).toEqual({ ok: true, version: 2 });
    await checkAll(id);
    const result = await confirmDossier(id, randomUUID(), 2);
    expect(result).toMatchObject({ ok: true, confirmation: { dossierVersion: 2 } });
    expect((await loadDossier(id))!).toMatchObject({ status: 'confirmed', income: { amountCents: 1_987_000 } });
  });
});

describe('GET /api/dossier', () => {
  test('without a session answers 401 JSON in the language of the browser', async () => {
    const response = await request('/api/dossier', { headers: { 'Accept-Language': 'en-GB,en;q=0.9' } });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual({
      errors: [{ field: 'session', key: 'session.required', message: 'You are no longer logged in. Log in again' }],
    });
  });

  test("with a session gives that person's own dossier, and audits it", async () => {
    const id = await idOf(CITIZEN.luc);
    const cookie = (await startSession(new Request('http://localhost/'), id, 'itsme')).split(';')[0]!;
    const own = (await readDossier(id))!;
    for (const query of ['', `?id=${own.id}`]) {
      const response = await request(`/api/dossier${query}`, { headers: { Cookie: cookie } });
      expect(response.status).toBe(200);
      const dossier = (await response.json()) as Dossier;
      expect(dossier.person.nationalNumber).toBe(CITIZEN.luc.nationalNumber);
      expect(dossier).toEqual(own);
    }
    expect(await auditCount('dossier.read.api', own.id)).toBe(2);
  });

  test("another person's dossier id is a 404 in the person's language, as is any id in the path", async () => {
    const cookie = (await startSession(new Request('http://localhost/'), await idOf(CITIZEN.luc), 'itsme')).split(
      ';',
    )[0]!;
    const someoneElse = (await readDossier(await idOf(CITIZEN.els)))!;
    const response = await request(`/api/dossier?id=${someoneElse.id}`, {
      headers: { Cookie: cookie, 'Accept-Language': 'fr-BE' },
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      errors: [{ field: 'id', key: 'dossier.notYours', message: getT('fr')('dossier.notYours') }],
    });
    expect((await request(`/api/dossier/${someoneElse.id}`, { headers: { Cookie: cookie } })).status).toBe(404);
  });
});

describe('the audit log', () => {
  test('never contains personal data: no names and no national numbers of anyone', async () => {
    const { rows } = await db().query<{ text: string }>(
      "SELECT coalesce(string_agg(concat_ws(' ', actor, dossier_id, action, at), E'\\n'), '') AS text FROM audit_log",
    );
    const text = rows[0]!.text;
    expect(text).toContain('dossier.confirm');
    const members = (
      await db().query<{ n: string }>("SELECT given_name || ' ' || family_name AS n FROM household_members")
    ).rows;
    const secrets = [
      ...TEST_CITIZENS.flatMap((c) => [c.nationalNumber, c.givenName, c.familyName]),
      ...members.map((m) => m.n),
    ];
    expect(secrets.filter((secret) => text.includes(secret))).toEqual([]);
  });
});
