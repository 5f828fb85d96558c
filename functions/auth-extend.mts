import type { Config } from '@netlify/functions';
import { extendSession } from '../src/features/auth/http/extend.handler';
import { handler } from '../src/platform/http/handler';

// POST /api/auth/extend: "Stay logged in" (form → 303 back, JSON → 204).
export const config: Config = { path: '/api/auth/extend', method: 'POST' };

export default handler(extendSession, config);
