import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { usePlatform } from '../support/in-process';

const request = usePlatform();
const RUNS = 15;

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.constantFrom('', '2024-02-30', '%00', '../'),
);
const contentType = fc.constantFrom(
  'application/x-www-form-urlencoded',
  'application/json',
  'multipart/form-data; boundary=x',
  'text/plain',
  'application/xml',
  '',
);

describe('random input never breaks a function: always a 4xx or a 2xx, never a 5xx', () => {
  test.each(['/api/deadline', '/api/help'])('GET %s with random query strings', async (path) => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.constantFrom('letter', 'letter-day', 'letter-month', 'letter-year', 'kind', 'lang', 'format', 'q', 'x'),
          text,
        ),
        async (query) => {
          const response = await request(`${path}?${new URLSearchParams(query).toString()}`);
          expect(response.status).toBeLessThan(500);
        },
      ),
      { numRuns: RUNS },
    );
  });

  test.each(['/api/letter/proxy', '/api/letter/appeal'])('POST %s with random bodies', async (path) => {
    await fc.assert(
      fc.asyncProperty(
        contentType,
        fc.oneof(text, fc.json(), fc.uint8Array({ maxLength: 2000 })),
        async (type, body) => {
          const response = await request(path, {
            method: 'POST',
            headers: type ? { 'Content-Type': type } : {},
            body: typeof body === 'string' ? body : Buffer.from(body),
          });
          expect(response.status).toBeLessThan(500);
          expect(response.status === 200 || response.status >= 400).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
