import { getDatabase } from '@netlify/database';
import type pg from 'pg';

let pool: pg.Pool | undefined;

/**
 * The Postgres pool of Netlify Database (PGlite behind a Postgres socket locally).
 * One per function instance; queries use parameters, never string building.
 */
export function db(): pg.Pool {
  if (!pool) {
    const connection = getDatabase();
    if (connection.driver !== 'server') throw new Error('Only the server driver is supported');
    pool = connection.pool;
    // An idle connection that the server drops (a restart, a network cut) must not end the
    // process: the pool replaces it on the next query, so the site recovers by itself.
    pool.on('error', (error) =>
      console.error('database connection lost:', (error as { code?: string }).code ?? error.name),
    );
    // When the database does not answer, a page says so within seconds instead of waiting forever.
    pool.options.connectionTimeoutMillis = 5_000;
  }
  return pool;
}
