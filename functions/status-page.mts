import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { statusPage } from '../src/features/site/http/status.handler';

export const config: Config = { path: '/:lang/status', method: 'GET' };

export default handler(statusPage, config);
