import * as client from 'openid-client';
import { z } from 'zod';
import type { Lang } from '../../lib/languages';
import { config, isLocalHttp } from '../../platform/config';
import type { WorkRole } from './staff-session';

/** The way the person proved who they are, as the identity provider's `amr` claim says. */
export type LoginMethod = 'itsme' | 'eid';

/** Where the provider sends the person back; registered at the provider. */
export const CALLBACK_PATH = '/api/auth/callback';
/** Seconds a call to the provider may take before we tell the person to try later. */
const PROVIDER_TIMEOUT_SECONDS = 10;

let discovered: { issuer: string; configuration: Promise<client.Configuration> } | undefined;

/** The provider's metadata and keys, discovered once per process (and again after a failure). */
function providerConfiguration(): Promise<client.Configuration> {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET } = config();
  if (discovered?.issuer === OIDC_ISSUER) return discovered.configuration;
  const configuration = client.discovery(
    new URL(OIDC_ISSUER),
    OIDC_CLIENT_ID,
    OIDC_CLIENT_SECRET,
    client.ClientSecretBasic(OIDC_CLIENT_SECRET),
    {
      // Plain http only for the local test provider; a real issuer must use https.
      ...(isLocalHttp(OIDC_ISSUER) ? { execute: [client.allowInsecureRequests] } : {}),
      timeout: PROVIDER_TIMEOUT_SECONDS,
    },
  );
  discovered = { issuer: OIDC_ISSUER, configuration };
  configuration.catch(() => {
    if (discovered?.configuration === configuration) discovered = undefined;
  });
  return configuration;
}

const redirectUri = () => `${config().BASE_URL}${CALLBACK_PATH}`;

/** One login's secrets: kept by our server (in the login cookie), checked at the callback. */
export interface LoginChecks {
  state: string;
  nonce: string;
  verifier: string;
}

/**
 * The provider's login address for a new attempt: authorization code flow with PKCE (S256),
 * state and nonce. `prompt=login` makes the provider ask again every time, because help-point
 * computers are shared and the next person must not find themselves logged in as the last.
 */
export async function authorizationRequest(lang: Lang): Promise<{ url: URL; checks: LoginChecks }> {
  const configuration = await providerConfiguration();
  const checks = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    verifier: client.randomPKCECodeVerifier(),
  };
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri(),
    scope: 'openid profile national_number staff',
    response_type: 'code',
    code_challenge: await client.calculatePKCECodeChallenge(checks.verifier),
    code_challenge_method: 'S256',
    state: checks.state,
    nonce: checks.nonce,
    prompt: 'login',
    ui_locales: lang,
  });
  return { url, checks };
}

const idTokenClaims = z.object({
  sub: z.string().min(1),
  national_number: z
    .string()
    .regex(/^\d{11}$/)
    .optional(),
  amr: z.array(z.string()),
  staff_id: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/)
    .optional(),
  role: z.string().optional(),
  company: z.string().min(1).max(200).optional(),
  given_name: z.string().max(200).optional(),
  family_name: z.string().max(200).optional(),
});

/** Who logged in, from the ID token: a citizen (by national number), a housing company's staff member or a helper. */
export type LoginIdentity =
  | { kind: 'citizen'; sub: string; nationalNumber: string; method: LoginMethod }
  | {
      kind: 'staff';
      sub: string;
      staffId: string;
      role: WorkRole;
      company: string;
      givenName: string;
      familyName: string;
      method: LoginMethod;
    };

/** Thrown when the provider's answer cannot be trusted or used; `unavailable` when it did not answer. */
export class LoginFailed extends Error {
  constructor(readonly reason: 'failed' | 'unavailable') {
    super(`login ${reason}`);
  }
}

/**
 * Exchanges the code from the callback (with the PKCE verifier), and checks the issuer, the state,
 * the nonce and the ID token's signature and times (openid-client does these checks).
 * The tokens are dropped here: they never leave this function.
 */
export async function completeAuthorization(callbackQuery: string, checks: LoginChecks): Promise<LoginIdentity> {
  let claims: unknown;
  try {
    const tokens = await client.authorizationCodeGrant(
      await providerConfiguration(),
      new URL(`${redirectUri()}${callbackQuery}`),
      { pkceCodeVerifier: checks.verifier, expectedState: checks.state, expectedNonce: checks.nonce },
    );
    claims = tokens.claims();
  } catch (error) {
    const unreachable =
      error instanceof TypeError ||
      (error instanceof client.ClientError && ['OAUTH_TIMEOUT', 'OAUTH_ABORT'].includes(error.code ?? ''));
    throw new LoginFailed(unreachable ? 'unavailable' : 'failed');
  }
  const parsed = idTokenClaims.safeParse(claims);
  const method = parsed.data?.amr.includes('itsme') ? 'itsme' : parsed.data?.amr.includes('eid') ? 'eid' : undefined;
  if (!parsed.success || !method) throw new LoginFailed('failed');
  const { sub, national_number, staff_id, role, company, given_name, family_name } = parsed.data;
  if (national_number) return { kind: 'citizen', sub, nationalNumber: national_number, method };
  if (staff_id && (role === 'housing-staff' || role === 'helper') && company && given_name && family_name) {
    return {
      kind: 'staff',
      sub,
      staffId: staff_id,
      role,
      company,
      givenName: given_name,
      familyName: family_name,
      method,
    };
  }
  throw new LoginFailed('failed');
}
