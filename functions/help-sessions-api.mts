import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { sessionsApi } from '../src/features/sessions/http/sessions-api.handler';

export const config: Config = { path: '/api/help-sessions', method: 'GET' };

export default handler(sessionsApi, config);
