import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { buildFunctions } from '../../scripts/host/build-functions';
import { startHost, type Host } from '../../scripts/host/host';
import { MAX_REQUEST_BYTES } from '../../scripts/host/request-body';

// A small site of its own (tests/fixtures/host-site), built like the real one, to show what the
// host promises whatever the functions are: the Context, the limits, the order, the failures.
let root: string;
let host: Host;
const get = (url: string, headers: Record<string, string> = {}) =>
  host.handle(new Request(`http://localhost${url}`, { headers }), { ip: '203.0.113.7' });

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'host-site-'));
  await cp(path.resolve('tests/fixtures/host-site'), root, { recursive: true });
  await symlink(path.resolve('netlify'), path.join(root, 'netlify'));
  await buildFunctions(root);
  process.env['HOST_TEST_VALUE'] = 'from the environment';
  host = await startHost({ projectRoot: root, database: 'memory', siteUrl: 'http://localhost:8888' });
}, 120_000);
afterAll(async () => {
  await host?.stop();
  await rm(root, { recursive: true, force: true });
});

describe('the Context a function receives', () => {
  test('carries params, ip, requestId, cookies, site and deploy, and Netlify.env and Netlify.context work', async () => {
    const response = await get('/echo/sarah/', { Cookie: 'visit=3; other=1' });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({
      params: { name: 'sarah' },
      ip: '203.0.113.7',
      cookie: '3',
      site: { id: 'local-site', url: 'http://localhost:8888' },
      deploy: { context: 'dev', published: false },
      env: 'from the environment',
      sameContext: true,
    });
    expect(body.requestId).toMatch(/^[0-9a-f]{32}$/);
    expect(response.headers.get('x-nf-request-id')).toBe(body.requestId);
  });

  test('turns cookies.set and cookies.delete into Set-Cookie lines', async () => {
    const cookies = (await get('/echo')).headers.getSetCookie();
    expect(cookies).toEqual([
      'seen=yes; HttpOnly; SameSite=Lax; Path=/',
      'old=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/',
    ]);
  });

  test('answers without waiting for the work handed to waitUntil', async () => {
    expect((await (await get('/echo')).json()).waitedBeforeAnswer).toBe(false);
  });
});

describe('routing', () => {
  test('a route answers with and without a trailing slash and whatever the case', async () => {
    for (const url of ['/echo', '/echo/', '/ECHO/']) expect((await get(url)).status).toBe(200);
  });

  test('a wrong method finds no function and gets the 404 page', async () => {
    const wrong = await host.handle(new Request('http://localhost/echo', { method: 'PUT' }));
    expect(wrong.status).toBe(404);
    expect(await wrong.text()).toContain('Fixture not found');
  });

  test('a route that prefers static files leaves an existing file to dist/ and answers the rest', async () => {
    const file = await get('/guide/');
    expect(await file.text()).toContain('Static guide');
    expect(file.headers.get('x-fixture')).toBe('guide');
    expect(await (await get('/guide/other')).text()).toBe('from the function');
  });

  test('static files get their _headers; unknown paths get 404.html with status 404', async () => {
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.headers.get('x-frame-options')).toBe('DENY');
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await get('/nope/')).status).toBe(404);
  });
});

describe('compression, as the CDN does it', () => {
  test('brotli when accepted, else gzip, for static files and function answers; none when not asked', async () => {
    for (const url of ['/', '/echo']) {
      expect((await get(url, { 'Accept-Encoding': 'gzip, br' })).headers.get('content-encoding')).toBe('br');
      expect((await get(url, { 'Accept-Encoding': 'gzip' })).headers.get('content-encoding')).toBe('gzip');
      expect((await get(url)).headers.get('content-encoding')).toBeNull();
    }
  });

  test('a compressed answer decompresses to the same page', async () => {
    const plain = await (await get('/')).text();
    const packed = await get('/', { 'Accept-Encoding': 'gzip' });
    const stream = packed.body!.pipeThrough(new DecompressionStream('gzip'));
    expect(await new Response(stream).text()).toBe(plain);
  });
});

describe('limits and failures', () => {
  test('a request body over 6 MB is refused with 413; one just under it reaches the function', async () => {
    const post = (bytes: number) =>
      host.handle(new Request('http://localhost/echo', { method: 'POST', body: new Uint8Array(bytes) }));
    expect((await post(MAX_REQUEST_BYTES + 1)).status).toBe(413);
    const under = await post(MAX_REQUEST_BYTES);
    expect(under.status).toBe(200);
    expect((await under.json()).bodyBytes).toBe(MAX_REQUEST_BYTES);
  });

  test('a function that throws gets a bare 500, the log names no detail of the error, and the host keeps serving', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const response = await get('/boom');
      expect(response.status).toBe(500);
      expect(await response.text()).not.toContain('88.04.12');
      const lines = logged.mock.calls.map((call) => call.join(' ')).join('\n');
      expect(lines).toContain('function boom failed');
      expect(lines).not.toContain('88.04.12');
    } finally {
      logged.mockRestore();
    }
    expect((await get('/echo')).status).toBe(200);
  });
});
