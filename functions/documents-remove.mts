import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { removeDocumentPost } from '../src/features/documents/http/remove.handler';

export const config: Config = { path: '/api/documents/:id/remove', method: 'POST' };

export default handler(removeDocumentPost, config);
