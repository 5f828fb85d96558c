import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startHost, type Host } from '../../scripts/host/host';
import { AUDIT_YEARS } from '../../src/features/site/model/retention';
import { RESERVATION_DAYS_AFTER } from '../../src/features/sessions/model/retention';
import { CONSENT_KEPT_YEARS } from '../../src/features/helpers/model/retention';
import { LANGUAGES } from '../../src/lib/languages';
import { randomUUID } from 'node:crypto';
import type { PurgeReport } from '../../src/features/site/service/purge';
import { db } from '../../src/platform/db/db';
import { testDatabase, type TestDatabase } from '../support/test-database';

/** Old rows per table: several batches each, so the batching itself is tested. */
const OLD_ROWS = Number(process.env['PURGE_TEST_ROWS'] ?? 20_000);

let host: Host;
let database: TestDatabase;
let candidateId: string;

beforeAll(async () => {
  database = await testDatabase();
  host = await startHost({ database: database.choice });
  const { rows } = await db().query<{ id: string }>('SELECT id FROM candidates ORDER BY id LIMIT 1');
  candidateId = rows[0]?.id ?? '';
});
afterAll(async () => {
  await db().end();
  await host?.stop();
  await database?.drop();
});

/** Adds `count` sessions, keys or audit rows at `age` ago (a Postgres interval), marked with `tag`. */
async function addRows(
  table: 'sessions' | 'idempotency_keys' | 'kept_answers' | 'audit_log',
  count: number,
  age: string,
  tag: string,
) {
  const sql = {
    sessions: `INSERT INTO sessions (id_hash, candidate_id, method, csrf_token, created_at, last_seen_at)
      SELECT $3 || i, $2, 'itsme', 'x', now() - $1::interval, now() - $1::interval FROM generate_series(1, $4) i`,
    idempotency_keys: `INSERT INTO idempotency_keys (key, candidate_id, status, body, created_at)
      SELECT $3 || i, $2, 200, '<html>an answer page</html>', now() - $1::interval FROM generate_series(1, $4) i`,
    kept_answers: `INSERT INTO kept_answers (id_hash, candidate_id, form, answers, created_at)
      SELECT $3 || i, $2, 'dossier:income', '{"amount":"1,00"}', now() - $1::interval FROM generate_series(1, $4) i`,
    audit_log: `INSERT INTO audit_log (actor, dossier_id, action, at)
      SELECT 'candidate:' || $2, NULL, $3, now() - $1::interval FROM generate_series(1, $4) i`,
  }[table];
  await db().query(sql, [age, candidateId, tag, count]);
}

const count = async (sql: string, params: unknown[] = []) =>
  Number((await db().query<{ n: string }>(`SELECT count(*) AS n FROM ${sql}`, params)).rows[0]?.n);

describe('the hourly purge', () => {
  test('removes sessions and idempotency keys after a day and audit rows after the privacy page period', async () => {
    await addRows('sessions', OLD_ROWS, '2 days', 'oldsession');
    await addRows('sessions', 1, '23 hours', 'yesterdaysession'); // expired, but not a day ago yet
    await addRows('sessions', 1, '1 minute', 'livesession');
    await addRows('idempotency_keys', OLD_ROWS, '25 hours', 'oldkey');
    await addRows('idempotency_keys', 1, '23 hours', 'recentkey');
    await addRows('kept_answers', 3, '61 minutes', 'oldanswers');
    await addRows('kept_answers', 1, '59 minutes', 'recentanswers');
    await addRows('audit_log', OLD_ROWS, `${AUDIT_YEARS} years 1 day`, 'old.action');
    await addRows('audit_log', 1, `${AUDIT_YEARS} years -1 day`, 'kept.action');
    await addRows('audit_log', 1, '1 hour', 'recent.action');

    const response = await host.runScheduled('purge');
    expect(response.status).toBe(200);
    const report = (await response.json()) as PurgeReport;
    console.info(`purge of ${OLD_ROWS} old rows in each of 3 tables (and 3 kept answers): ${report.ms} ms`);
    expect(report).toMatchObject({
      sessions: OLD_ROWS,
      idempotencyKeys: OLD_ROWS,
      keptAnswers: 3,
      auditLog: OLD_ROWS,
      reservations: 0,
      done: true,
    });

    expect(await count(`sessions WHERE id_hash LIKE 'oldsession%'`)).toBe(0);
    expect(await count(`sessions WHERE id_hash IN ('yesterdaysession1', 'livesession1')`)).toBe(2);
    expect(await count(`idempotency_keys WHERE key LIKE 'oldkey%'`)).toBe(0);
    expect(await count(`idempotency_keys WHERE key = 'recentkey1'`)).toBe(1);
    expect(await count(`kept_answers WHERE id_hash LIKE 'oldanswers%'`)).toBe(0);
    expect(await count(`kept_answers WHERE id_hash = 'recentanswers1'`)).toBe(1);
    expect(await count(`audit_log WHERE action = 'old.action'`)).toBe(0);
    expect(await count(`audit_log WHERE action IN ('kept.action', 'recent.action')`)).toBe(2);
  }, 300_000);

  test('a second run finds nothing more to remove', async () => {
    const report = (await (await host.runScheduled('purge')).json()) as PurgeReport;
    expect(report).toMatchObject({ sessions: 0, idempotencyKeys: 0, keptAnswers: 0, auditLog: 0, done: true });
  });

  test('removes help session reservations (first name, phone) 30 days after their session, not before', async () => {
    const sessionEnded = async (ago: string) => {
      const id = randomUUID();
      await db().query(
        `INSERT INTO help_sessions (id, company, created_by, place, address, postcode, municipality, starts_at, ends_at,
           languages, places, places_taken, idempotency_key)
         VALUES ($1, 'Woonmaatschappij Dijle en Nete', 'staff-a1', 'Zaal', 'Straat 1', '9000', 'Gent',
           now() - $2::interval - interval '2 hours', now() - $2::interval, '{nl}', 200, 0, $3)`,
        [id, ago, `purge-${id}`],
      );
      await db().query(
        `INSERT INTO help_session_reservations (id, session_id, reference, first_name, phone, lang, idempotency_key)
         SELECT gen_random_uuid(), $1, $2 || i, 'Sofie', '0470 00 00 00', 'nl', $2 || i FROM generate_series(1, 3) i`,
        [id, `R${id.slice(0, 8)}`],
      );
      return id;
    };
    const old = await sessionEnded(`${RESERVATION_DAYS_AFTER} days 1 hour`);
    const recent = await sessionEnded(`${RESERVATION_DAYS_AFTER - 1} days`);
    const report = (await (await host.runScheduled('purge')).json()) as PurgeReport;
    expect(report.reservations).toBe(3);
    expect(await count('help_session_reservations WHERE session_id = $1', [old])).toBe(0);
    expect(await count('help_session_reservations WHERE session_id = $1', [recent])).toBe(3);
  });

  test("removes staff and helpers' sessions after a day, and consents with their looks a year after they ended", async () => {
    await db().query(
      `INSERT INTO staff_sessions (id_hash, staff_id, role, company, given_name, family_name, method, csrf_token, created_at, last_seen_at)
       VALUES ('oldwork', 'helper-ocmw-1', 'helper', 'gent-ocmw', 'F', 'E', 'itsme', 'x', now() - interval '2 days', now() - interval '2 days'),
              ('livework', 'staff-a1', 'housing-staff', 'A', 'A', 'W', 'itsme', 'x', now(), now())`,
    );
    const { rows } = await db().query<{ id: string }>('SELECT id FROM dossiers ORDER BY id LIMIT 1');
    const consent = async (ended: string, withdrawn: boolean) => {
      const id = randomUUID();
      await db().query(
        `INSERT INTO helper_consents (id, dossier_id, organisation, organisation_name, months, given_at, ends_at, withdrawn_at, idempotency_key)
         VALUES ($1, $2, 'gent-ocmw', 'OCMW Gent', 6, now() - $3::interval - interval '1 month', now() - $3::interval,
                 CASE WHEN $4::boolean THEN now() - $3::interval END, $5)`,
        [id, rows[0]?.id, ended, withdrawn, `purge-${id}`],
      );
      await db().query(
        `INSERT INTO helper_views (consent_id, helper_id, helper_name, what) VALUES ($1, 'helper-ocmw-1', 'F E', 'progress')`,
        [id],
      );
      return id;
    };
    const gone = [await consent(`${CONSENT_KEPT_YEARS} year 1 day`, false), await consent('13 months', true)];
    const kept = [await consent('11 months', false), await consent('-3 months', false)];
    const report = (await (await host.runScheduled('purge')).json()) as PurgeReport;
    expect(report).toMatchObject({ workSessions: 1, consents: 2, done: true });
    expect(await count(`staff_sessions WHERE id_hash IN ('oldwork', 'livework')`)).toBe(1);
    expect(await count('helper_consents WHERE id = ANY($1)', [gone])).toBe(0);
    expect(await count('helper_views WHERE consent_id = ANY($1)', [gone])).toBe(0);
    expect(await count('helper_consents WHERE id = ANY($1)', [kept])).toBe(2);
  });

  test('the privacy page says in every language that consents go a year after they ended', async () => {
    expect(CONSENT_KEPT_YEARS).toBe(1);
    const said: Record<(typeof LANGUAGES)[number], string> = {
      nl: '1 jaar nadat de toestemming afliep of werd ingetrokken, wissen we ze.',
      fr: '1 an après la fin ou le retrait du consentement, nous l’effaçons.',
      en: '1 year after the consent ended or was withdrawn, we delete it.',
      ar: 'بعد سنة واحدة من انتهاء الموافقة أو سحبها، نمحوها.',
      tr: 'İzin bittikten veya geri alındıktan 1 yıl sonra izni sileriz.',
      pl: '1 rok po zakończeniu albo wycofaniu zgody usuwamy ją.',
      ro: 'La 1 an după ce acordul s-a încheiat sau a fost retras, îl ștergem.',
      uk: 'Через 1 рік після того, як згода закінчилася або її відкликали, ми її видаляємо.',
    };
    for (const lang of LANGUAGES) {
      expect(await readFile(`content/guide/${lang}/privacy.md`, 'utf8'), lang).toContain(said[lang]);
    }
  });

  test('the privacy page says in every language that reservations go 30 days after the session', async () => {
    const n = RESERVATION_DAYS_AFTER;
    const said: Record<(typeof LANGUAGES)[number], string> = {
      nl: `${n} dagen na de sessie wissen we je voornaam en je telefoonnummer`,
      fr: `${n} jours après la séance, nous effaçons votre prénom`,
      en: `${n} days after the session, we delete your first name`,
      ar: `بعد ${n} يومًا من الجلسة نمسح اسمك الأول`,
      tr: `Oturumdan ${n} gün sonra adını ve telefon numaranı sileriz`,
      pl: `${n} dni po sesji usuwamy Twoje imię`,
      ro: `La ${n} de zile după sesiune ștergem prenumele`,
      uk: `Через ${n} днів після сесії ми видаляємо ваше ім’я`,
    };
    for (const lang of LANGUAGES) {
      expect(await readFile(`content/guide/${lang}/privacy.md`, 'utf8'), lang).toContain(said[lang]);
    }
  });

  test('the privacy page states the same audit period as the purge', async () => {
    const page = await readFile('content/guide/nl/privacy.md', 'utf8');
    expect(page).toContain(`${AUDIT_YEARS} jaar`);
  });
});
