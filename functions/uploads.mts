import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { uploadsApi } from '../src/features/documents/http/uploads.handler';

export const config: Config = {
  path: ['/api/uploads', '/api/uploads/:id'],
  method: ['POST', 'HEAD', 'PATCH', 'DELETE', 'GET', 'OPTIONS'],
};

export default handler(uploadsApi, config);
