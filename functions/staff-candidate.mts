import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { candidatePage } from '../src/features/staff/http/candidate.handler';

export const config: Config = {
  path: ['/:lang/staff/candidates/:reference', '/:lang/staff/candidates/:reference/:step'],
  excludedPath: '/api/*',
  method: 'GET',
};

export default handler(candidatePage, config);
