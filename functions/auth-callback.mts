import type { Config } from '@netlify/functions';
import { completeLogin } from '../src/features/auth/http/complete-login.handler';
import { handler } from '../src/platform/http/handler';

// GET /api/auth/callback?code=...&state=...: back from the identity provider; a session, or a page that explains.
export const config: Config = { path: '/api/auth/callback', method: 'GET' };

export default handler(completeLogin, config);
