import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { sectionPage } from '../src/features/dossier/http/section.handler';

export const config: Config = {
  path: '/:lang/dossier/:section',
  // The check, confirmed, documents and helpers pages have their own functions; /api/dossier/... is not a language.
  excludedPath: [
    '/:lang/dossier/check',
    '/:lang/dossier/confirmed',
    '/:lang/dossier/documents',
    '/:lang/dossier/helpers',
    '/api/*',
  ],
  method: 'GET',
};

export default handler(sectionPage, config);
