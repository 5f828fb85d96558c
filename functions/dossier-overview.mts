import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { overviewPage } from '../src/features/dossier/http/overview.handler';

export const config: Config = {
  path: '/:lang/dossier',
  // '/api/dossier' is the JSON of the dossier, not a language.
  excludedPath: '/api/*',
  method: 'GET',
};

export default handler(overviewPage, config);
