import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { sessionPage } from '../src/features/sessions/http/session-page.handler';

export const config: Config = { path: '/:lang/help-near-me/sessions/:id', excludedPath: '/api/*', method: 'GET' };

export default handler(sessionPage, config);
