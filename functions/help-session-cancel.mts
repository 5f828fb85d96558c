import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { cancelHandler } from '../src/features/sessions/http/cancel.handler';

export const config: Config = { path: '/api/help-sessions/cancel', method: 'POST' };

export default handler(cancelHandler, config);
