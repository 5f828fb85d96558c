import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { documentsApi } from '../src/features/documents/http/api.handler';

export const config: Config = {
  path: ['/api/documents', '/api/documents/:id'],
  method: ['GET', 'POST', 'DELETE'],
};

export default handler(documentsApi, config);
