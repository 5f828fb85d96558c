import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { purgeOldData } from '../src/features/site/http/purge.handler';

// A scheduled function has no path: Netlify (and the local host) call it every hour.
export const config: Config = { schedule: '@hourly' };

export default handler(purgeOldData, config);
