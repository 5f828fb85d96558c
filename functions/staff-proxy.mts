import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { proxyHandler } from '../src/features/staff/http/proxy.handler';

export const config: Config = { path: '/api/staff/proxy', method: 'POST' };

export default handler(proxyHandler, config);
