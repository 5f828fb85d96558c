import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { uploadsApi } from '../src/features/documents/http/uploads.handler';

// No `method`: tus needs HEAD, which Netlify's method list cannot name; tus answers 405 itself
// for a method it does not know.
export const config: Config = {
  path: ['/api/uploads', '/api/uploads/:id'],
};

export default handler(uploadsApi, config);
