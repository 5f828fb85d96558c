import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { deadlineAnswerPage } from '../src/features/deadline/http/deadline.handler';

export default handler(deadlineAnswerPage);

export const config: Config = { path: '/api/deadline', method: 'GET' };
