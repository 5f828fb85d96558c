/**
 * Applies netlify/database/migrations/ to a real PostgreSQL server the way @netlify/database-dev's
 * NetlifyDB.applyMigrations does to PGlite: same files, same order, same tracking table
 * (netlify.migrations), one transaction per migration. So a database ends in the same state either
 * way, and either one can take over from the other. Development and tests only.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';

// As in @netlify/database-dev: `<digits>_<name>.sql`, or a folder `<digits>_<name>/migration.sql`.
const MIGRATION_NAME_PATTERN = /^\d+_.+$/;
const MIGRATION_FILE = 'migration.sql';
const SQL_EXTENSION = '.sql';
const TRACKING_SCHEMA = 'netlify';
const TRACKING_TABLE = `${TRACKING_SCHEMA}.migrations`;
// One fixed key: advisory locks are per database, so this only serialises migrations of one database.
const LOCK_KEY = "hashtext('netlify.migrations')";

interface Migration {
  name: string;
  sqlPath: string;
}

function toMigration(entry: { name: string; isFile(): boolean; isDirectory(): boolean }, directory: string) {
  if (entry.isDirectory()) {
    return MIGRATION_NAME_PATTERN.test(entry.name)
      ? { name: entry.name, sqlPath: path.join(directory, entry.name, MIGRATION_FILE) }
      : null;
  }
  if (entry.isFile() && entry.name.endsWith(SQL_EXTENSION)) {
    const name = entry.name.slice(0, -SQL_EXTENSION.length);
    return MIGRATION_NAME_PATTERN.test(name) ? { name, sqlPath: path.join(directory, entry.name) } : null;
  }
  return null;
}

/** The migrations in the folder, sorted by name as @netlify/database-dev sorts them. */
async function listMigrations(directory: string): Promise<Migration[]> {
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch {
    throw new Error(`Migration directory not found: ${directory}`);
  }
  const migrations = entries.map((entry) => toMigration(entry, directory)).filter((m) => m !== null);
  const seen = new Map<string, string>();
  for (const { name, sqlPath } of migrations) {
    const existing = seen.get(name);
    if (existing) throw new Error(`Duplicate migration name "${name}": found both "${existing}" and "${sqlPath}".`);
    seen.set(name, sqlPath);
  }
  return migrations.sort((a, b) => a.name.localeCompare(b.name));
}

/** Same DDL as @netlify/database-dev's initializeTrackingTable. */
async function createTrackingTable(client: pg.ClientBase): Promise<void> {
  await client.query(`
    CREATE SCHEMA IF NOT EXISTS ${TRACKING_SCHEMA};
    CREATE TABLE IF NOT EXISTS ${TRACKING_TABLE} (
      name TEXT PRIMARY KEY,
      applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
    )
  `);
}

async function applyOne(client: pg.ClientBase, migration: Migration): Promise<void> {
  const sql = await readFile(migration.sqlPath, 'utf8');
  await client.query('BEGIN');
  try {
    // No parameters: pg sends it as one simple query, so a file may hold many statements.
    await client.query(sql);
    await client.query(`INSERT INTO ${TRACKING_TABLE} (name) VALUES ($1)`, [migration.name]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw new Error(`Migration "${migration.name}" failed: ${(error as Error).message}`, { cause: error });
  }
}

async function applyAll(client: pg.ClientBase, migrations: Migration[]): Promise<string[]> {
  // Held for the whole run: a second process waits here, then finds everything applied. Taken
  // before CREATE SCHEMA IF NOT EXISTS too, which can fail when two sessions run it at once.
  await client.query(`SELECT pg_advisory_lock(${LOCK_KEY})`);
  try {
    await createTrackingTable(client);
    const names = migrations.map((m) => m.name);
    const result = await client.query<{ name: string }>(`SELECT name FROM ${TRACKING_TABLE} WHERE name = ANY($1)`, [
      names,
    ]);
    const alreadyApplied = new Set(result.rows.map((row) => row.name));
    const applied: string[] = [];
    for (const migration of migrations) {
      if (alreadyApplied.has(migration.name)) continue;
      await applyOne(client, migration);
      applied.push(migration.name);
    }
    return applied;
  } finally {
    await client.query(`SELECT pg_advisory_unlock(${LOCK_KEY})`);
  }
}

/**
 * Applies the migrations in `directory` that the database has not had yet; returns their names.
 * Safe when several processes migrate one database at once: only one applies each migration.
 *
 * @example
 * const pool = new pg.Pool({ connectionString: url });
 * const applied = await applyMigrations(pool, 'netlify/database/migrations');
 * // first time: ['0001_candidates_and_dossiers', '0002_one_confirmation_per_version']; then: []
 */
export async function applyMigrations(db: pg.Pool | pg.Client, directory: string): Promise<string[]> {
  const migrations = await listMigrations(directory);
  // The lock and the transactions belong to one connection, so a pool lends one for the run.
  if (!('totalCount' in db)) return applyAll(db, migrations);
  const client = await db.connect();
  try {
    const applied = await applyAll(client, migrations);
    client.release();
    return applied;
  } catch (error) {
    // Closes the connection instead of returning it: it may be broken, or still hold the lock.
    client.release(error as Error);
    throw error;
  }
}
