import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { helperCandidatePage } from '../src/features/helpers/http/helper-pages.handler';

export const config: Config = {
  path: ['/:lang/helper/candidates/:consent', '/:lang/helper/candidates/:consent/:step'],
  excludedPath: '/api/*',
  method: 'GET',
};

export default handler(helperCandidatePage, config);
