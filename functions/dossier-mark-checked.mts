import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { markCheckedPost } from '../src/features/dossier/http/mark-checked.handler';

export const config: Config = { path: '/api/dossier/check', method: 'POST' };

export default handler(markCheckedPost, config);
