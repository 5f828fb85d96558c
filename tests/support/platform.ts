import { startLocalLogin } from '../../dev/identity-provider/for-site';
import { startHost, type Host } from '../../scripts/host/host';
import { close, listen } from '../../scripts/host/http-server';
import { testDatabase } from './test-database';

export interface TestSite {
  host: Host;
  /** Base URL of the site over HTTP, on a free port. */
  url: string;
  /** The local identity provider's address (itsme / eID with test citizens). */
  identityProviderUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts the local function host with a fresh database (embedded in memory, or its own on the
 * server in DATABASE_URL), served on a free port, and the
 * local identity provider beside it (on another free port) that sends logins back to this site.
 */
export async function startTestSite(): Promise<TestSite> {
  const database = await testDatabase();
  const host = await startHost({ database: database.choice });
  const { server, url } = await listen(host, 0);
  const identityProvider = await startLocalLogin(url);
  return {
    host,
    url,
    identityProviderUrl: identityProvider.url,
    async stop() {
      await close(server);
      await identityProvider.stop();
      await host.stop();
      await database.drop();
    },
  };
}
