import type { Config } from '@netlify/functions';
import { logout } from '../src/server/auth/logout';

// POST /api/auth/logout (form with csrf and lang): ends the session on the server.
export default (req: Request) => logout(req);

export const config: Config = { path: '/api/auth/logout', method: 'POST' };
