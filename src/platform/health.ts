import { getStore } from '@netlify/blobs';
import { randomUUID } from 'node:crypto';
import { db } from './db/db';

export interface Health {
  status: 'ok' | 'degraded';
  /** 'down': the database could not be reached or did not answer. */
  database: 'ok' | 'down';
  blobs: 'ok' | 'down';
}

async function databaseWorks(): Promise<boolean> {
  const result = await db().query<{ ok: number }>('SELECT 1 AS ok');
  return result.rows[0]?.ok === 1;
}

async function blobsWork(): Promise<boolean> {
  const store = getStore({ name: 'health', consistency: 'strong' });
  const value = randomUUID();
  await store.set('probe', value);
  return (await store.get('probe', { type: 'text' })) === value;
}

async function settle(check: () => Promise<boolean>): Promise<'ok' | 'down'> {
  try {
    return (await check()) ? 'ok' : 'down';
  } catch {
    return 'down';
  }
}

/** A real round trip to the database (a SELECT) and to blobs (a write, then a read). */
export async function checkHealth(): Promise<Health> {
  const [database, blobs] = await Promise.all([settle(databaseWorks), settle(blobsWork)]);
  return { status: database === 'ok' && blobs === 'ok' ? 'ok' : 'degraded', database, blobs };
}
