import type { Config } from '@netlify/functions';
import { logout } from '../src/server/auth/logout';
import { handler } from '../src/server/handler';

// POST /api/auth/logout (form with csrf and lang): ends the session on the server.
export default handler((req: Request) => logout(req));

export const config: Config = { path: '/api/auth/logout', method: 'POST' };
