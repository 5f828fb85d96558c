import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { CITIZEN } from '../../dev/seed/candidates';
import { SECTIONS } from '../../src/features/dossier/model/types';
import { db } from '../../src/platform/db/db';
import { formFields } from '../support/form-fields';
import { usePlatform } from '../support/in-process';
import { logInAs, logInStaff, type Citizen } from '../support/login';
import { useRealPostgres } from '../support/real-postgres';

// Staff acts racing each other and the candidate, on a real PostgreSQL server: every request has
// its own session and transaction, as in production, which the embedded database cannot show.
const postgres = useRealPostgres();
const request = usePlatform(postgres.database);

let a1: Citizen;
let a2: Citizen;
let sarah: Citizen;
let reference: string;

beforeAll(async () => {
  [a1, a2, sarah] = await Promise.all([
    logInStaff(request, 'staff-a1'),
    logInStaff(request, 'staff-a2'),
    logInAs(request, CITIZEN.sarah.nationalNumber),
  ]);
  const { rows } = await db().query<{ reference: string }>(
    `SELECT d.reference FROM dossiers d JOIN candidates c ON c.id = d.candidate_id WHERE c.national_number = $1`,
    [CITIZEN.sarah.nationalNumber],
  );
  reference = rows[0]?.reference ?? '';
});

const act = (who: Citizen, values: Record<string, string>) =>
  who.post('/api/staff/acts', { lang: 'nl', reference, idempotencyKey: randomUUID(), ...values });

describe('on a real PostgreSQL server', () => {
  test('20 copies of one act (one key) record one act', async () => {
    const values = { kind: 'paper-reaction', reason: 'Formulier op papier afgegeven', idempotencyKey: randomUUID() };
    const answers = await Promise.all(Array.from({ length: 20 }, () => act(a1, values)));
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([303]));
    const { rows } = await db().query(`SELECT count(*)::int AS n FROM staff_acts WHERE kind = 'paper-reaction'`);
    expect(rows[0].n).toBe(1);
  });

  test('confirmations by two staff members and by the candidate at the same moment record one confirmation', async () => {
    for (const section of SECTIONS) await sarah.post('/api/dossier/check', { section, lang: 'nl' });
    const fields = formFields(await (await sarah.get('/nl/dossier/check/')).text(), '/api/dossier/confirm');
    const byStaff = (who: Citizen) => act(who, { kind: 'confirmation', reason: 'Bevestigd met de papieren' });
    const answers = await Promise.all([
      ...Array.from({ length: 5 }, () =>
        sarah.post('/api/dossier/confirm', { ...fields, idempotencyKey: randomUUID() }),
      ),
      ...Array.from({ length: 5 }, () => byStaff(a1)),
      ...Array.from({ length: 5 }, () => byStaff(a2)),
    ]);
    // Each is a clear answer: done (303), or "already confirmed" for a staff member who came second (409).
    for (const answer of answers) expect([303, 409]).toContain(answer.status);
    const { rows } = await db().query(
      `SELECT count(*)::int AS n FROM confirmations f JOIN dossiers d ON d.id = f.dossier_id WHERE d.reference = $1`,
      [reference],
    );
    expect(rows[0].n).toBe(1);
    const acts = await db().query(`SELECT count(*)::int AS n FROM staff_acts WHERE kind = 'confirmation'`);
    expect(acts.rows[0].n).toBeLessThanOrEqual(1);
  });
});
