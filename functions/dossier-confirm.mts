import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { confirmDossierPost } from '../src/features/dossier/http/confirm.handler';

export const config: Config = { path: '/api/dossier/confirm', method: 'POST' };

export default handler(confirmDossierPost, config);
