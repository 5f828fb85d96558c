import type { Config } from '@netlify/functions';
import { beginLogin } from '../src/features/auth/http/begin-login.handler';
import { handler } from '../src/platform/http/handler';

// GET /api/auth/login?lang=xx&return=/xx/dossier/: off to the identity provider (itsme or eID).
export const config: Config = { path: '/api/auth/login', method: 'GET' };

export default handler(beginLogin, config);
