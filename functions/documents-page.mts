import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { documentsPage } from '../src/features/documents/http/page.handler';

export const config: Config = { path: '/:lang/dossier/documents', method: 'GET' };

export default handler(documentsPage, config);
