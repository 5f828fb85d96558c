import { randomBytes } from 'node:crypto';
import { withClient } from '../../dev/postgres/with-client';
import type { DatabaseChoice } from '../../scripts/host/database';

export interface TestDatabase {
  choice: DatabaseChoice;
  /** Drops the database made for the test file, if one was. */
  drop(): Promise<void>;
}

/**
 * The database for one test file: with DATABASE_URL set, a fresh database of its own on that
 * server (so files running side by side never share data); otherwise `fallback`, the embedded
 * database in memory unless the file asks for more.
 */
export async function testDatabase(fallback: DatabaseChoice = 'memory'): Promise<TestDatabase> {
  const serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) return { choice: fallback, drop: async () => {} };
  const name = `test_${randomBytes(6).toString('hex')}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    choice: { url: url.href },
    drop: () =>
      withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}
