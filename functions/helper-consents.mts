import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { givePost } from '../src/features/helpers/http/consent.handler';

export const config: Config = { path: '/api/dossier/consents', method: 'POST' };

export default handler(givePost, config);
