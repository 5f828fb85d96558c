import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { consentPage } from '../src/features/helpers/http/consent.handler';

export const config: Config = { path: '/:lang/dossier/helpers', excludedPath: '/api/*', method: 'GET' };

export default handler(consentPage, config);
