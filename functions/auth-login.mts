import type { Config } from '@netlify/functions';
import { beginLogin } from '../src/server/auth/begin-login';
import { handler } from '../src/server/handler';

// GET /api/auth/login?lang=xx&return=/xx/dossier/: off to the identity provider (itsme or eID).
export default handler((req: Request) => beginLogin(req));

export const config: Config = { path: '/api/auth/login', method: 'GET' };
