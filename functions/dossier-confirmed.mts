import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { confirmedPage } from '../src/features/dossier/http/confirmed.handler';

export const config: Config = { path: '/:lang/dossier/confirmed', excludedPath: '/api/*', method: 'GET' };

export default handler(confirmedPage, config);
