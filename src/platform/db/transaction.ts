import type pg from 'pg';
import { db } from './db';

/**
 * Runs `work` in one transaction on one connection: COMMIT when it returns, ROLLBACK when it
 * throws. Work that finds nothing to do (a stale version) returns normally and commits an empty
 * transaction rather than rolling back: the local database (PGlite) has ONE session shared by
 * all connections, so a ROLLBACK there would also undo another request's unfinished work.
 * @example const version = await inTransaction((client) => client.query('UPDATE …'));
 */
export async function inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await db().connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
