import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { removeStaleUploadParts } from '../src/features/documents/http/stale-uploads.handler';

// A scheduled function has no path: Netlify (and the local host) call it every hour.
export const config: Config = { schedule: '@hourly' };

export default handler(removeStaleUploadParts, config);
