import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { cancelPage } from '../src/features/sessions/http/cancel.handler';

export const config: Config = { path: '/:lang/help-near-me/cancel', excludedPath: '/api/*', method: 'GET' };

export default handler(cancelPage, config);
