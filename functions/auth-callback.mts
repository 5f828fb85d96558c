import type { Config } from '@netlify/functions';
import { completeLogin } from '../src/server/auth/complete-login';
import { handler } from '../src/server/handler';

// GET /api/auth/callback?code=...&state=...: back from the identity provider; a session, or a page that explains.
export default handler((req: Request) => completeLogin(req));

export const config: Config = { path: '/api/auth/callback', method: 'GET' };
