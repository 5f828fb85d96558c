import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { reportCsv } from '../src/features/staff/http/report.handler';

export const config: Config = { path: '/:lang/staff/report.csv', excludedPath: '/api/*', method: 'GET' };

export default handler(reportCsv, config);
