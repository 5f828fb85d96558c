import { afterAll, beforeAll } from 'vitest';
import { startLocalLogin } from '../../dev/identity-provider/for-site';
import type { RunningIdentityProvider } from '../../dev/identity-provider/index';
import { startPlatform, type Platform } from '../../scripts/platform';

/** The site's own address for requests handled in-process. */
export const IN_PROCESS_URL = 'http://localhost';

/**
 * The real local platform for one test file, in-process, with a fresh in-memory database and the
 * local identity provider on a free port (its address in process.env.OIDC_ISSUER).
 * Returns a request helper; both start before the file's tests and stop after.
 */
export function usePlatform() {
  let platform: Platform;
  let identityProvider: RunningIdentityProvider;
  beforeAll(async () => {
    identityProvider = await startLocalLogin(IN_PROCESS_URL);
    platform = await startPlatform({ database: 'memory' });
  });
  afterAll(async () => {
    await platform?.stop();
    await identityProvider?.stop();
  });
  return (path: string, init: RequestInit = {}) => platform.handle(new Request(`${IN_PROCESS_URL}${path}`, init));
}

/** A urlencoded form post. */
export function form(values: Record<string, string>, headers: Record<string, string> = {}): RequestInit {
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(values).toString(),
  };
}
