import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { helpSearchPage } from '../src/features/help/http/search.handler';

export const config: Config = { path: '/api/help', method: 'GET' };

export default handler(helpSearchPage, config);
