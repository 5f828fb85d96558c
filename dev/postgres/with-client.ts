import pg from 'pg';

/**
 * Runs `work` on one connection to the database at `url`, then closes it: for the few statements
 * that need no pool (CREATE DATABASE, a count after a benchmark).
 * @example const n = await withClient(url, (c) => c.query('SELECT 1')).then((r) => r.rowCount);
 */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
