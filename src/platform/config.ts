import { z } from 'zod';

/** Values that only work on one laptop: production must set its own (checked below). */
export const LOCAL_DEFAULTS = {
  OIDC_ISSUER: 'http://localhost:8899',
  OIDC_CLIENT_ID: 'blijf-ingeschreven-local',
  OIDC_CLIENT_SECRET: 'local-client-secret-not-for-production',
  SESSION_SECRET: 'local-session-secret-not-for-production-0123456789',
  BASE_URL: 'http://localhost:8888',
} as const;

/**
 * True for http://localhost and http://127.0.0.1 on any port: the only places where plain http
 * and the local defaults are acceptable.
 * @example isLocalHttp('http://localhost:8899') // true
 */
export function isLocalHttp(url: string): boolean {
  const parsed = URL.parse(url);
  return parsed?.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(parsed.hostname);
}

const httpsUnlessLocal = z
  .url({ protocol: /^https?$/ })
  .refine((url) => url.startsWith('https:') || isLocalHttp(url), 'must use https (plain http only on localhost)')
  .transform((url) => url.replace(/\/+$/, ''));

const schema = z
  .object({
    OIDC_ISSUER: httpsUnlessLocal.default(LOCAL_DEFAULTS.OIDC_ISSUER),
    OIDC_CLIENT_ID: z.string().min(1).default(LOCAL_DEFAULTS.OIDC_CLIENT_ID),
    OIDC_CLIENT_SECRET: z.string().min(16, 'must be at least 16 characters').default(LOCAL_DEFAULTS.OIDC_CLIENT_SECRET),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').default(LOCAL_DEFAULTS.SESSION_SECRET),
    BASE_URL: httpsUnlessLocal.default(LOCAL_DEFAULTS.BASE_URL),
  })
  .superRefine((env, ctx) => {
    // A site on a real address with a secret everybody can read in this repository is not safe.
    if (isLocalHttp(env.BASE_URL)) return;
    for (const name of ['OIDC_CLIENT_SECRET', 'SESSION_SECRET'] as const) {
      if (env[name] === LOCAL_DEFAULTS[name]) ctx.addIssue({ code: 'custom', path: [name], message: 'must be set' });
    }
  });

export type Config = z.infer<typeof schema>;

let cached: Config | undefined;

/**
 * The configuration, read once from the environment. A missing or wrong value throws one line
 * that names the variable ("Configuration: SESSION_SECRET must be at least 32 characters").
 */
export function config(env: NodeJS.ProcessEnv = process.env): Config {
  if (cached && env === process.env) return cached;
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Configuration: ${String(issue?.path[0] ?? 'environment')} ${issue?.message ?? 'is invalid'}`);
  }
  if (env === process.env) cached = parsed.data;
  return parsed.data;
}
