import type { Config } from '@netlify/functions';
import { extendSession } from '../src/server/auth/extend';
import { handler } from '../src/server/handler';

// POST /api/auth/extend: "Stay logged in" (form → 303 back, JSON → 204).
export default handler((req: Request) => extendSession(req));

export const config: Config = { path: '/api/auth/extend', method: 'POST' };
