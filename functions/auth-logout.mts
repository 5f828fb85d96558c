import type { Config } from '@netlify/functions';
import { logout } from '../src/features/auth/http/logout.handler';
import { handler } from '../src/platform/http/handler';

// POST /api/auth/logout (form with csrf and lang): ends the session on the server.
export const config: Config = { path: '/api/auth/logout', method: 'POST' };

export default handler(logout, config);
