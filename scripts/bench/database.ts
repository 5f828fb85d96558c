// The database `npm run bench:api` measures against, and its own count of confirmations.
import { startThrowawayPostgres } from '../../dev/postgres/throwaway-server';
import { withClient } from '../../dev/postgres/with-client';

export interface BenchDatabase {
  /** Said in the output; never the URL, which may hold a password. */
  label: string;
  kind: 'throwaway-postgres' | 'database-url' | 'embedded';
  /** For the host process; undefined: the host starts the embedded database itself. */
  url: string | undefined;
  stop(): Promise<void>;
}

/**
 * DATABASE_URL when set; BENCH_DATABASE=embedded for the embedded database (to compare with);
 * else a throwaway PostgreSQL server with a fresh database, stopped by stop().
 */
export async function chooseDatabase(env: NodeJS.ProcessEnv = process.env): Promise<BenchDatabase> {
  const given = env['DATABASE_URL'];
  if (given)
    return { label: 'the PostgreSQL server in DATABASE_URL', kind: 'database-url', url: given, stop: async () => {} };
  if (env['BENCH_DATABASE'] === 'embedded') {
    return { label: 'embedded (PGlite, in memory)', kind: 'embedded', url: undefined, stop: async () => {} };
  }
  const server = await startThrowawayPostgres();
  try {
    return {
      label: 'throwaway PostgreSQL server (fsync off)',
      kind: 'throwaway-postgres',
      url: await server.createDatabase('bench_api'),
      stop: () => server.stop(),
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** The server's version (e.g. "17.5"), for the results: PGlite and PostgreSQL differ. */
export async function serverVersion(url: string): Promise<string> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    return rows[0]?.server_version ?? 'unknown';
  });
}

/** How many confirmations the database holds for the dossier of the candidate with this national number. */
export async function confirmationsOf(url: string, nationalNumber: string): Promise<number> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM confirmations f JOIN dossiers d ON d.id = f.dossier_id
        JOIN candidates c ON c.id = d.candidate_id WHERE c.national_number = $1`,
      [nationalNumber],
    );
    return Number(rows[0]?.n ?? -1);
  });
}
