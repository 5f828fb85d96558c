import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { reportPage } from '../src/features/staff/http/report.handler';

export const config: Config = { path: '/:lang/staff/report', excludedPath: '/api/*', method: 'GET' };

export default handler(reportPage, config);
