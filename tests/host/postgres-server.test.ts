import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../dev/postgres/migrate';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../dev/postgres/throwaway-server';

const MIGRATIONS = path.resolve('netlify/database/migrations');
// Every migration in the folder, in order, as Netlify Database names them (the file without .sql).
const ALL_MIGRATIONS = readdirSync(MIGRATIONS)
  .filter((file) => file.endsWith('.sql'))
  .sort()
  .map((file) => file.slice(0, -'.sql'.length));
const TABLES = [
  'audit_log',
  'candidates',
  'choices',
  'confirmations',
  'document_requests',
  'documents',
  'dossiers',
  'help_session_reservations',
  'help_sessions',
  'helper_consents',
  'helper_views',
  'household_members',
  'housing',
  'idempotency_keys',
  'incomes',
  'kept_answers',
  'letters',
  'section_checks',
  'sessions',
  'staff_acts',
  'staff_sessions',
  'strike_offs',
];
// Synthetic ids only: these tests never touch anything that looks like a real person.
const CANDIDATE = '00000000-0000-4000-8000-000000000001';
const DOSSIER = '00000000-0000-4000-8000-000000000002';

let server: ThrowawayPostgres;
let folder: string;
let migratedUrl: string;
let emptyUrl: string;
const clients: pg.Client[] = [];

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  clients.push(client);
  return client;
}

async function tablesIn(url: string): Promise<string[]> {
  const client = await connect(url);
  const { rows } = await client.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
  );
  return rows.map((row) => row.table_name);
}

/** Resolves once the server reports the connection waiting for a lock (no guessing with timeouts). */
async function waitUntilBlocked(observer: pg.Client, pid: number): Promise<void> {
  for (;;) {
    const { rows } = await observer.query(`SELECT wait_event_type FROM pg_stat_activity WHERE pid = $1`, [pid]);
    if (rows[0]?.wait_event_type === 'Lock') return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function processId(client: pg.Client): number {
  return (client as unknown as { processID: number }).processID;
}

beforeAll(async () => {
  server = await startThrowawayPostgres();
  const admin = await connect(server.url);
  const { rows } = await admin.query<{ data_directory: string }>('SHOW data_directory');
  folder = path.dirname(rows[0]!.data_directory);
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.end().catch(() => {})));
  await server?.stop();
});

describe('a throwaway PostgreSQL server', () => {
  it('starts a real PostgreSQL 15 or later and answers on its URL', async () => {
    const client = await connect(server.url);
    const { rows } = await client.query<{ server_version_num: string }>('SHOW server_version_num');
    expect(Number(rows[0]!.server_version_num)).toBeGreaterThanOrEqual(150000);
    expect(server.url).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres$/);
    expect(existsSync(folder)).toBe(true);
  });

  it('creates two separate databases with their own URLs', async () => {
    migratedUrl = await server.createDatabase();
    emptyUrl = await server.createDatabase('test_named');
    expect(migratedUrl).not.toBe(emptyUrl);
    expect(emptyUrl.endsWith('/test_named')).toBe(true);
    await expect(server.createDatabase('no; DROP')).rejects.toThrow('Not a plain database name');
  });

  it('applies the migrations to one database and creates the tables they name', async () => {
    const pool = new pg.Pool({ connectionString: migratedUrl });
    try {
      expect(await applyMigrations(pool, MIGRATIONS)).toEqual(ALL_MIGRATIONS);
    } finally {
      await pool.end();
    }
    expect(await tablesIn(migratedUrl)).toEqual(TABLES);
    expect(await tablesIn(emptyUrl)).toEqual([]);
  });

  it('keeps track in the same table as PGlite does, so applying twice applies nothing', async () => {
    const client = await connect(migratedUrl);
    expect(await applyMigrations(client, MIGRATIONS)).toEqual([]);
    const { rows } = await client.query('SELECT name, applied_at FROM netlify.migrations ORDER BY name');
    expect(rows.map((row) => row.name)).toEqual(ALL_MIGRATIONS);
    expect(rows.every((row) => row.applied_at instanceof Date)).toBe(true);
  });

  it('applies each migration once when two connections migrate one database at the same time', async () => {
    const url = await server.createDatabase();
    const [first, second] = await Promise.all([
      connect(url).then((client) => applyMigrations(client, MIGRATIONS)),
      connect(url).then((client) => applyMigrations(client, MIGRATIONS)),
    ]);
    expect([...first!, ...second!].sort()).toEqual(ALL_MIGRATIONS);
    expect(await tablesIn(url)).toEqual(TABLES);
  });

  it('hides a row that one transaction inserted and did not commit from another connection', async () => {
    const writer = await connect(migratedUrl);
    const reader = await connect(migratedUrl);
    await writer.query('BEGIN');
    await writer.query(
      `INSERT INTO candidates (id, national_number, given_name, family_name, birth_date)
       VALUES ($1, '00000000000', 'Test', 'Persoon', '1990-01-01')`,
      [CANDIDATE],
    );
    const countFor = async (client: pg.Client) =>
      (await client.query('SELECT count(*)::int AS n FROM candidates WHERE id = $1', [CANDIDATE])).rows[0].n;
    expect(await countFor(writer)).toBe(1);
    expect(await countFor(reader)).toBe(0);
    await writer.query('COMMIT');
    expect(await countFor(reader)).toBe(1);
  });

  it('makes a second SELECT ... FOR UPDATE of the same row wait until the first transaction commits', async () => {
    const [first, second, observer] = await Promise.all([1, 2, 3].map(() => connect(migratedUrl)));
    await first!.query(
      `INSERT INTO dossiers (id, candidate_id, reference, housing_company, registration_date, status)
       VALUES ($1, $2, 'TEST-0001', 'Test huisvesting', '2020-01-01', 'open')`,
      [DOSSIER, CANDIDATE],
    );
    const lockVersion = 'SELECT version FROM dossiers WHERE id = $1 FOR UPDATE';
    await first!.query('BEGIN');
    expect((await first!.query(lockVersion, [DOSSIER])).rows[0].version).toBe(1);

    await second!.query('BEGIN');
    let secondGotRow = false;
    const secondLock = second!.query(lockVersion, [DOSSIER]).then((result) => {
      secondGotRow = true;
      return result.rows[0].version as number;
    });
    await waitUntilBlocked(observer!, processId(second!));
    expect(secondGotRow).toBe(false);

    await first!.query('UPDATE dossiers SET version = version + 1 WHERE id = $1', [DOSSIER]);
    await first!.query('COMMIT');
    // The waiting transaction gets the row as the first one left it, not the version it asked for first.
    expect(await secondLock).toBe(2);
    await second!.query('COMMIT');
  });

  it('stops and leaves no folder behind', async () => {
    await Promise.all(clients.splice(0).map((client) => client.end()));
    await server.stop();
    expect(existsSync(folder)).toBe(false);
    await expect(connect(server.url)).rejects.toThrow();
    await server.stop();
  });
});
