import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startHost, type Host } from '../../scripts/host/host';
import { SECURITY_HEADERS } from '../../src/platform/http/security-headers';

let platform: Host;
const get = (path: string, headers: Record<string, string> = {}) =>
  platform.handle(new Request(`http://localhost${path}`, { headers }));

beforeAll(async () => {
  platform = await startHost({ database: 'memory' });
});
afterAll(() => platform?.stop());

test('the health check reports a real round trip to the database and to blobs', async () => {
  const response = await get('/api/health');
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok', database: 'ok', blobs: 'ok' });
});

describe('the home address sends a browser to its language', () => {
  test.each([
    ['ar-MA,fr;q=0.8', '/ar/'],
    ['de-DE,pl;q=0.9,en;q=0.5', '/pl/'],
    ['de-DE', '/nl/'],
    ['', '/nl/'],
  ])('%s goes to %s', async (acceptLanguage, location) => {
    const response = await get('/', { 'Accept-Language': acceptLanguage });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(location);
    const html = await response.text();
    for (const lang of ['nl', 'fr', 'en', 'ar', 'tr', 'pl', 'ro', 'uk']) expect(html).toContain(`href="/${lang}/"`);
  });
});

test('the status page is rendered by a function in its language with the static shell', async () => {
  const dynamic = await (await get('/ar/status/')).text();
  const staticPage = await (await get('/ar/')).text();
  expect(dynamic).toContain('<html lang="ar" dir="rtl">');
  const header = (html: string) => html.slice(html.indexOf('<header>'), html.indexOf('</header>'));
  expect(header(dynamic).replaceAll('/status/', '/')).toBe(header(staticPage));
});

test('an unknown language is a 404, not an error', async () => {
  expect((await get('/xx/status/')).status).toBe(404);
});

describe('every response carries the security headers', () => {
  test.each(['/nl/', '/api/health', '/nl/status/', '/'])('%s', async (path) => {
    const response = await get(path);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name)).toBe(value);
  });
});
