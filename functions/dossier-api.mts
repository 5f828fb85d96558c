import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { dossierApi } from '../src/features/dossier/http/api.handler';

export const config: Config = { path: '/api/dossier', method: 'GET' };

export default handler(dossierApi, config);
