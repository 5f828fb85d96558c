import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { saveSectionPost } from '../src/features/dossier/http/save.handler';

export const config: Config = { path: '/api/dossier/save', method: 'POST' };

export default handler(saveSectionPost, config);
