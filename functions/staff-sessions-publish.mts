import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { staffPublishHandler } from '../src/features/sessions/http/staff-publish.handler';

export const config: Config = { path: '/api/staff/sessions', method: 'POST' };

export default handler(staffPublishHandler, config);
