import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { staffDocumentFile } from '../src/features/staff/http/document-file.handler';

export const config: Config = { path: '/api/staff/documents/:id/file', method: 'GET' };

export default handler(staffDocumentFile, config);
