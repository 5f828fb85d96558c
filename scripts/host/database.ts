/**
 * The database the functions use, announced to them in NETLIFY_DB_URL as Netlify Database does:
 * the embedded one (PGlite behind a Postgres socket: in .netlify/db, or in memory for tests), or a
 * real PostgreSQL server given by URL (DATABASE_URL). Migrations are applied and an empty
 * database gets the synthetic test citizens.
 */
import { NetlifyDB } from '@netlify/database-dev';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { applyMigrations } from '../../dev/postgres/migrate';
import { seedIfEmpty } from '../../dev/seed/seed';
import { todayInBelgium } from '../../src/lib/dates';

export const MIGRATIONS_DIR = 'netlify/database/migrations';

/** 'persistent': .netlify/db kept across starts; 'memory': empty each time; or a server's URL. */
export type DatabaseChoice = 'persistent' | 'memory' | { url: string };

export interface RunningDatabase {
  url: string;
  kind: 'embedded' | 'postgres';
  stop(): Promise<void>;
}

/**
 * The embedded database's socket server writes each answer in small pieces with Nagle's
 * algorithm on, so every query waited ~40 ms for a delayed ACK (seeding took 9.8 s, now 0.2 s).
 * It has no option for this, so its connection handler is wrapped once to set TCP_NODELAY.
 */
class EmbeddedDatabase extends NetlifyDB {}
const handleConnection = Reflect.get(NetlifyDB.prototype, 'handleConnection') as (socket: Socket) => void;
Reflect.set(EmbeddedDatabase.prototype, 'handleConnection', function (this: NetlifyDB, socket: Socket) {
  socket.setNoDelay(true);
  handleConnection.call(this, socket);
});

/** The embedded database's URL names no user, and pg will not connect without one. */
function withUser(url: string): string {
  const parsed = new URL(url);
  if (!parsed.username) parsed.username = 'postgres';
  return parsed.href;
}

async function withPool<T>(url: string, work: (pool: pg.Pool) => Promise<T>): Promise<T> {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    return await work(pool);
  } finally {
    await pool.end();
  }
}

/**
 * An embedded database already migrated and seeded, made once for a whole test run
 * (tests/support/embedded-template.ts): a 'memory' database then starts as a copy of it in a
 * temporary folder (about 1.5 s) instead of empty, migrated and seeded (about 15 s).
 */
export const EMBEDDED_TEMPLATE_ENV = 'BLIJF_EMBEDDED_TEMPLATE';

async function copyOfTemplate(): Promise<{ directory: string; remove(): Promise<void> } | null> {
  const template = process.env[EMBEDDED_TEMPLATE_ENV];
  if (!template) return null;
  const folder = await mkdtemp(path.join(tmpdir(), 'blijf-db-'));
  const directory = path.join(folder, 'db');
  await cp(template, directory, { recursive: true });
  return { directory, remove: () => rm(folder, { recursive: true, force: true }) };
}

/** Makes the template: an embedded database in `directory`, migrated and seeded for `today`. */
export async function makeEmbeddedTemplate(directory: string, projectRoot: string): Promise<void> {
  const embedded = new EmbeddedDatabase({ directory, logger: () => {} });
  const url = withUser(await embedded.start());
  await embedded.applyMigrations(path.join(projectRoot, MIGRATIONS_DIR));
  await withPool(url, (pool) => seedIfEmpty(pool, todayInBelgium()));
  await embedded.stop();
}

/** Starts (or connects to) the database, migrates it, seeds it when empty, and announces it. */
export async function startDatabase(choice: DatabaseChoice, projectRoot: string): Promise<RunningDatabase> {
  const migrations = path.join(projectRoot, MIGRATIONS_DIR);
  let running: RunningDatabase;
  if (typeof choice === 'object') {
    await withPool(choice.url, (pool) => applyMigrations(pool, migrations));
    running = { url: choice.url, kind: 'postgres', stop: async () => {} };
  } else {
    const copy = choice === 'memory' ? await copyOfTemplate() : null;
    const directory = choice === 'persistent' ? path.join(projectRoot, '.netlify', 'db') : copy?.directory;
    const embedded = new EmbeddedDatabase({ ...(directory ? { directory } : {}), logger: () => {} });
    const url = withUser(await embedded.start());
    await embedded.applyMigrations(migrations);
    running = { url, kind: 'embedded', stop: () => embedded.stop().then(() => copy?.remove()) };
  }
  // Synthetic test citizens for the local login page and dossier (local only, never in production).
  await withPool(running.url, (pool) => seedIfEmpty(pool, todayInBelgium()));
  process.env['NETLIFY_DB_URL'] = running.url;
  process.env['NETLIFY_DB_DRIVER'] = 'server';
  return running;
}
