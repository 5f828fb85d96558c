import { checkHealth } from '../../../platform/health';
import { jsonResponse } from '../../../platform/http/respond';

export const healthCheck = async () => {
  const health = await checkHealth();
  return jsonResponse(health, { status: health.status === 'ok' ? 200 : 503 });
};
