import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { helperListPage } from '../src/features/helpers/http/helper-pages.handler';

export const config: Config = { path: '/:lang/helper', excludedPath: '/api/*', method: 'GET' };

export default handler(helperListPage, config);
