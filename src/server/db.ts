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
  }
  return pool;
}
