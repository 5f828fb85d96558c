import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { proxyLetter } from '../src/features/letters/http/proxy.handler';

export const config: Config = { path: '/api/letter/proxy', method: 'POST' };

export default handler(proxyLetter, config);
