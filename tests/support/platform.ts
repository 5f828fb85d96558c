import { listen, startPlatform, type Platform } from '../../scripts/platform';

export interface TestSite {
  platform: Platform;
  /** Base URL of the site over HTTP, on a free port. */
  url: string;
  stop(): Promise<void>;
}

/** Starts the real local platform with a fresh in-memory database, served on a free port. */
export async function startTestSite(): Promise<TestSite> {
  const platform = await startPlatform({ database: 'memory' });
  const { server, url } = await listen(platform, 0);
  return {
    platform,
    url,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await platform.stop();
    },
  };
}
