import { startLocalLogin } from '../../dev/identity-provider/for-site';
import { listen, startPlatform, type Platform } from '../../scripts/platform';

export interface TestSite {
  platform: Platform;
  /** Base URL of the site over HTTP, on a free port. */
  url: string;
  /** The local identity provider's address (itsme / eID with test citizens). */
  identityProviderUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts the real local platform with a fresh in-memory database, served on a free port, and the
 * local identity provider beside it (on another free port) that sends logins back to this site.
 */
export async function startTestSite(): Promise<TestSite> {
  const platform = await startPlatform({ database: 'memory' });
  const { server, url } = await listen(platform, 0);
  const identityProvider = await startLocalLogin(url);
  return {
    platform,
    url,
    identityProviderUrl: identityProvider.url,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await identityProvider.stop();
      await platform.stop();
    },
  };
}
