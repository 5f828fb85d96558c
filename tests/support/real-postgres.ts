import { afterAll } from 'vitest';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../dev/postgres/throwaway-server';
import type { DatabaseChoice } from '../../scripts/host/database';

/**
 * A real PostgreSQL server for one test file (a throwaway cluster, ~1 s), for what only a real
 * server proves: transactions, row locks, concurrent sessions. Pass `database` to usePlatform();
 * call this before usePlatform() so the server stops after the host.
 */
export function useRealPostgres(): { database: () => Promise<DatabaseChoice>; server: () => ThrowawayPostgres } {
  let server: ThrowawayPostgres | undefined;
  afterAll(() => server?.stop());
  return {
    async database() {
      server = await startThrowawayPostgres();
      return { url: await server.createDatabase() };
    },
    server: () => {
      if (!server) throw new Error('the PostgreSQL server has not started yet');
      return server;
    },
  };
}
