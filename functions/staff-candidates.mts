import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { listPage } from '../src/features/staff/http/list.handler';

export const config: Config = { path: '/:lang/staff', excludedPath: '/api/*', method: 'GET' };

export default handler(listPage, config);
