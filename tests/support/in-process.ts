import { afterAll, beforeAll } from 'vitest';
import { startPlatform, type Platform } from '../../scripts/platform';

/**
 * The real local platform for one test file, in-process, with a fresh in-memory database.
 * Returns a request helper; the platform starts before the file's tests and stops after.
 */
export function usePlatform() {
  let platform: Platform;
  beforeAll(async () => {
    platform = await startPlatform({ database: 'memory' });
  });
  afterAll(() => platform?.stop());
  return (path: string, init: RequestInit = {}) => platform.handle(new Request(`http://localhost${path}`, init));
}

/** A urlencoded form post. */
export function form(values: Record<string, string>, headers: Record<string, string> = {}): RequestInit {
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(values).toString(),
  };
}
