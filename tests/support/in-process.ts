import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { startLocalLogin } from '../../dev/identity-provider/for-site';
import type { RunningIdentityProvider } from '../../dev/identity-provider/index';
import type { DatabaseChoice } from '../../scripts/host/database';
import { startHost, type Host } from '../../scripts/host/host';
import { testDatabase, type TestDatabase } from './test-database';

/** The site's own address for requests handled in-process. */
export const IN_PROCESS_URL = 'http://localhost';

export interface PlatformOptions {
  /** The site's own address (BASE_URL); an https one gets the secure cookie names and fresh secrets. */
  siteUrl?: string;
}

/**
 * The local function host for one test file, in-process, with a fresh database (embedded in
 * memory, or a database of its own on the server in DATABASE_URL, unless the file passes a real
 * server's URL) and the local identity provider on a free port
 * (its address in process.env.OIDC_ISSUER). Returns a request helper; both start before the
 * file's tests and stop after.
 */
export function usePlatform(
  database: DatabaseChoice | (() => Promise<DatabaseChoice>) = 'memory',
  { siteUrl = IN_PROCESS_URL }: PlatformOptions = {},
) {
  let host: Host;
  let identityProvider: RunningIdentityProvider;
  let made: TestDatabase | undefined;
  beforeAll(async () => {
    if (!siteUrl.startsWith('http://localhost')) {
      // A site on a real address refuses the secrets everybody can read in this repository.
      process.env['SESSION_SECRET'] = randomBytes(32).toString('base64url');
      process.env['OIDC_CLIENT_SECRET'] = randomBytes(32).toString('base64url');
    }
    identityProvider = await startLocalLogin(siteUrl);
    const chosen = typeof database === 'function' ? await database() : database;
    made = chosen === 'memory' ? await testDatabase() : undefined;
    host = await startHost({ database: made?.choice ?? chosen, siteUrl });
  });
  afterAll(async () => {
    await host?.stop();
    await identityProvider?.stop();
    await made?.drop();
  });
  return (path: string, init: RequestInit = {}) => host.handle(new Request(`${siteUrl}${path}`, init));
}

/** A urlencoded form post. */
export function form(values: Record<string, string>, headers: Record<string, string> = {}): RequestInit {
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(values).toString(),
  };
}
