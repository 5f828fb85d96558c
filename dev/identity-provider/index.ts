/**
 * A local OpenID Connect provider that plays the Flemish government's login (ACM/IDM): choose
 * itsme or eID with card reader, then a test citizen. Development and tests only: never imported
 * by code that runs in production.
 */
import { generateKeyPair, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { promisify } from 'node:util';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';
import { findAccount } from './citizens';
import { interactionRoutes } from './interactions';
import { memoryStore } from './memory-store';

export interface IdentityProviderOptions {
  /** 0 picks a free port. */
  port: number;
  /** Defaults to http://localhost:<port>. */
  issuer?: string;
  clientId: string;
  clientSecret: string;
  /** The site's callback address(es), registered exactly. */
  redirectUris: string[];
}

export interface RunningIdentityProvider {
  /** The issuer, e.g. http://localhost:8899. */
  url: string;
  stop(): Promise<void>;
}

/** Consent is implied, as for the government's own login: one grant per login, with what the site asks. */
async function loadExistingGrant(ctx: KoaContextWithOIDC) {
  const { provider, client, session, result } = ctx.oidc;
  if (!client || !session?.accountId) return undefined;
  const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId);
  if (grantId) return provider.Grant.find(grantId);
  const grant = new provider.Grant({ accountId: session.accountId, clientId: client.clientId });
  grant.addOIDCScope('openid profile national_number staff');
  await grant.save();
  return grant;
}

async function signingKey() {
  const { privateKey } = await promisify(generateKeyPair)('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), use: 'sig', alg: 'RS256' };
}

/** Starts the provider on its own port; `stop()` closes it. Keys and records live in memory only. */
export async function startIdentityProvider(options: IdentityProviderOptions): Promise<RunningIdentityProvider> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, 'localhost', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const issuer = options.issuer ?? `http://localhost:${port}`;
  const provider = new Provider(issuer, {
    adapter: memoryStore(),
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [await signingKey()] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { required: () => true },
    // amr (itsme or eid) rides with the openid scope: the site maps it to the session's method.
    claims: {
      openid: ['sub', 'amr'],
      profile: ['given_name', 'family_name'],
      national_number: ['national_number'],
      staff: ['staff_id', 'role', 'company'],
    },
    // The site reads everything from the ID token; it never calls userinfo.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    findAccount,
    loadExistingGrant,
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AuthorizationCode: 60, AccessToken: 300, IdToken: 300 },
    async renderError(ctx: KoaContextWithOIDC, out: { error?: string }) {
      ctx.type = 'html';
      ctx.body = `<!DOCTYPE html><html lang="en"><title>Login error</title><h1>Login error</h1><p>${String(out.error).replace(/[^\w ]/g, '')}</p></html>`;
    },
  });
  const interactions = interactionRoutes(provider, new URL(options.redirectUris[0] ?? issuer).origin);
  const handleProtocol = provider.callback();
  server.on('request', (req, res) => {
    if (req.url?.startsWith('/interaction/')) {
      interactions(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    } else handleProtocol(req, res);
  });
  return {
    url: issuer,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
