import type { Config } from '@netlify/functions';
import { checkHealth } from '../src/server/health';
import { jsonResponse } from '../src/server/respond';
import { handler } from '../src/server/handler';

export default handler(async () => {
  const health = await checkHealth();
  return jsonResponse(health, { status: health.status === 'ok' ? 200 : 503 });
});

export const config: Config = { path: '/api/health', method: 'GET' };
