import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { documentFile } from '../src/features/documents/http/file.handler';

export const config: Config = { path: '/api/documents/:id/file', method: 'GET' };

export default handler(documentFile, config);
