import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { withdrawPost } from '../src/features/helpers/http/consent.handler';

export const config: Config = { path: '/api/dossier/consents/withdraw', method: 'POST' };

export default handler(withdrawPost, config);
