import type { Config } from '@netlify/functions';
import { ProxyLetterPage } from '../src/components/pages/ProxyLetterPage';
import { proxyLetterSchema } from '../src/lib/validation/letters';
import { letterHandler } from '../src/server/letter-handler';
import { handler } from '../src/server/handler';

// POST /api/letter/proxy: the proxy (volmacht) letter to the housing company, ready to print.
export default handler(letterHandler('proxy', () => proxyLetterSchema, ProxyLetterPage));

export const config: Config = { path: '/api/letter/proxy', method: 'POST' };
