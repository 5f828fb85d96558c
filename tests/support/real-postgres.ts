import { afterAll } from 'vitest';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../dev/postgres/throwaway-server';
import type { DatabaseChoice } from '../../scripts/host/database';
import { testDatabase, type TestDatabase } from './test-database';

/**
 * A real PostgreSQL server for one test file, for what only a real server proves: transactions,
 * row locks, concurrent sessions. A database of its own on the server in DATABASE_URL when that is
 * set, else a throwaway cluster (~1 s). Pass `database` to usePlatform(); call this before
 * usePlatform() so the server stops after the host. `server()` (to stop and start it) needs the
 * throwaway one.
 */
export function useRealPostgres(): { database: () => Promise<DatabaseChoice>; server: () => ThrowawayPostgres } {
  let server: ThrowawayPostgres | undefined;
  let made: TestDatabase | undefined;
  afterAll(async () => {
    await made?.drop();
    await server?.stop();
  });
  return {
    async database() {
      made = await testDatabase();
      if (made.choice !== 'memory') return made.choice;
      server = await startThrowawayPostgres();
      return { url: await server.createDatabase() };
    },
    server: () => {
      if (!server) throw new Error('the PostgreSQL server has not started yet');
      return server;
    },
  };
}
