import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { checkAnswersPage } from '../src/features/dossier/http/check-answers.handler';

export const config: Config = { path: '/:lang/dossier/check', excludedPath: '/api/*', method: 'GET' };

export default handler(checkAnswersPage, config);
