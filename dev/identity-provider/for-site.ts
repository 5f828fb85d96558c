import { LOCAL_DEFAULTS } from '../../src/platform/config';
import { CALLBACK_PATH } from '../../src/features/auth/oidc';
import { startIdentityProvider, type RunningIdentityProvider } from './index';

/**
 * Starts the local identity provider for a site and points the site at it. Functions read their
 * configuration from process.env on every request, so this runs before the site answers any.
 * @param siteUrl the site's own address (BASE_URL): http://localhost:8888, or http://localhost in-process
 * @param port the provider's port; 0 picks a free one
 */
export async function startLocalLogin(siteUrl: string, port = 0): Promise<RunningIdentityProvider> {
  const clientId = (process.env['OIDC_CLIENT_ID'] ??= LOCAL_DEFAULTS.OIDC_CLIENT_ID);
  const clientSecret = (process.env['OIDC_CLIENT_SECRET'] ??= LOCAL_DEFAULTS.OIDC_CLIENT_SECRET);
  const provider = await startIdentityProvider({
    port,
    clientId,
    clientSecret,
    redirectUris: [`${siteUrl}${CALLBACK_PATH}`],
  });
  process.env['OIDC_ISSUER'] = provider.url;
  process.env['BASE_URL'] = siteUrl;
  return provider;
}
