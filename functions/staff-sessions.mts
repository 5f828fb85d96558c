import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { staffSessionsPage } from '../src/features/sessions/http/staff-sessions.handler';

export const config: Config = { path: '/:lang/staff/sessions', excludedPath: '/api/*', method: 'GET' };

export default handler(staffSessionsPage, config);
