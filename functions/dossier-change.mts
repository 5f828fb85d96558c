import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { changePage } from '../src/features/dossier/http/change.handler';

export const config: Config = { path: '/:lang/dossier/:section/change', excludedPath: '/api/*', method: 'GET' };

export default handler(changePage, config);
