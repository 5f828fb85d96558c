import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { sectionPage } from '../src/features/dossier/http/section.handler';

export const config: Config = {
  path: '/:lang/dossier/:section',
  // The check, confirmed and documents pages have their own functions; /api/dossier/... is not a language.
  excludedPath: ['/:lang/dossier/check', '/:lang/dossier/confirmed', '/:lang/dossier/documents', '/api/*'],
  method: 'GET',
};

export default handler(sectionPage, config);
