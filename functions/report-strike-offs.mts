import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { reportApi } from '../src/features/staff/http/report-api.handler';

export const config: Config = { path: '/api/report/strike-offs', method: 'GET' };

export default handler(reportApi, config);
