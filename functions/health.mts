import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { healthCheck } from '../src/features/site/http/health.handler';

export const config: Config = { path: '/api/health', method: 'GET' };

export default handler(healthCheck, config);
