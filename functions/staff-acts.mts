import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { actsHandler } from '../src/features/staff/http/acts.handler';

export const config: Config = { path: '/api/staff/acts', method: 'POST' };

export default handler(actsHandler, config);
