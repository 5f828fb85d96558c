import { afterAll, expect, test } from 'vitest';
import { startHost, type Host } from '../../scripts/host/host';
import { db } from '../../src/platform/db/db';
import { testDatabase, type TestDatabase } from '../support/test-database';

let host: Host | undefined;
let database: TestDatabase | undefined;
afterAll(async () => {
  await db().end();
  await host?.stop();
  await database?.drop();
});

const HOUR = 3_600_000;

test('the host runs the purge on its schedule (@hourly) without being asked', async () => {
  // From the moment the host starts its schedules, its clock stands a few seconds before a full
  // hour, so '@hourly' comes soon.
  const lead = 4_000;
  let offset: number | undefined;
  const clock = () => {
    offset ??= Math.ceil(Date.now() / HOUR) * HOUR - lead - Date.now();
    return Date.now() + offset;
  };
  database = await testDatabase();
  host = await startHost({ database: database.choice, clock });
  const started = Date.now();
  const { rows } = await db().query<{ id: string }>('SELECT id FROM candidates LIMIT 1');
  await db().query(
    `INSERT INTO idempotency_keys (key, candidate_id, status, created_at)
      VALUES ('scheduled-old-key', $1, 200, now() - interval '2 days')`,
    [rows[0]?.id],
  );
  const remaining = async () =>
    (await db().query(`SELECT 1 FROM idempotency_keys WHERE key = 'scheduled-old-key'`)).rowCount ?? 0;
  // Nothing has run yet: the hour has not come.
  expect(await remaining()).toBe(1);
  while ((await remaining()) > 0 && Date.now() - started < lead + 10_000) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(await remaining()).toBe(0);
  // It ran at the hour, not at once.
  expect(Date.now() - started).toBeGreaterThan(lead - 1_500);
});
