import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { appealLetter } from '../src/features/letters/http/appeal.handler';

export const config: Config = { path: '/api/letter/appeal', method: 'POST' };

export default handler(appealLetter, config);
