import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { usePlatform } from '../support/in-process';

const request = usePlatform();
const RUNS = 8;

const text = fc.oneof(fc.string(), fc.constantFrom('', '%00', '../', '//evil.example/', 'nl', '/nl/dossier/'));

describe('random input never breaks logging in: always a 2xx, 3xx or 4xx, never a 5xx', () => {
  test.each(['/api/auth/login', '/api/auth/callback'])('GET %s with random query strings', async (path) => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom('lang', 'return', 'code', 'state', 'iss', 'error', 'x'), text),
        fc.string(),
        async (query, cookie) => {
          const response = await request(`${path}?${new URLSearchParams(query).toString()}`, {
            headers: { Cookie: `bi_login=${encodeURIComponent(cookie)}` },
          });
          expect(response.status).toBeLessThan(500);
        },
      ),
      { numRuns: RUNS },
    );
  });

  test.each(['/api/auth/logout', '/api/auth/extend'])('POST %s with random bodies and cookies', async (path) => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('application/x-www-form-urlencoded', 'application/json', 'text/plain', ''),
        fc.oneof(text, fc.json(), fc.uint8Array({ maxLength: 2000 })),
        fc.string(),
        async (type, body, cookie) => {
          const response = await request(path, {
            method: 'POST',
            headers: { ...(type ? { 'Content-Type': type } : {}), Cookie: `bi_session=${encodeURIComponent(cookie)}` },
            body: typeof body === 'string' ? body : Buffer.from(body),
          });
          expect(response.status).toBeLessThan(500);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
