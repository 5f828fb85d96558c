import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { deadlineAnswerPage } from '../src/features/deadline/http/deadline.handler';

export const config: Config = { path: '/api/deadline', method: 'GET' };

export default handler(deadlineAnswerPage, config);
