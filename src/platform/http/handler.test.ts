import type { Context } from '@netlify/functions';
import { describe, expect, test, vi } from 'vitest';
import { handler } from './handler';

const context = (params: Record<string, string> = {}) =>
  ({ params, requestId: '01jd8k3m9qxw7r5t2v4y6z8a0b' }) as unknown as Context;
const secret = 'Sarah Peeters 88.04.12-142.16';
const throwing = handler(
  () => {
    throw new Error(`duplicate key value (national_number)=(${secret})`);
  },
  { path: '/:lang/dossier' },
);
const unreachable = handler(() => {
  throw Object.assign(new Error(`connect ECONNREFUSED 127.0.0.1:5432 for ${secret}`), { code: 'ECONNREFUSED' });
});

function quietly<T>(work: () => Promise<T>): Promise<{ result: T; log: string }> {
  const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
  return work()
    .then((result) => ({ result, log: spy.mock.calls.map((c) => c.join(' ')).join('\n') }))
    .finally(() => spy.mockRestore());
}

describe('a handler that throws', () => {
  test('answers a 500 page in the language of the address, with a reference and no stack trace', async () => {
    const { result, log } = await quietly(() =>
      Promise.resolve(throwing(new Request('http://x/ar/dossier/'), context({ lang: 'ar' }))),
    );
    expect(result.status).toBe(500);
    const html = await result.text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('حدث خطأ من جهتنا');
    expect(html).toContain('01JD8K3M');
    expect(html).not.toContain('duplicate key');
    expect(html).not.toMatch(/at .*:\d+:\d+/);
    expect(log).toContain('[01JD8K3M] handler failed: Error');
    expect(log).not.toContain('88.04.12');
    expect(log).not.toContain('Peeters');
  });

  test("takes the language from ?lang= or else the browser's, and answers JSON to a script", async () => {
    const request = new Request('http://x/api/dossier?lang=tr', { headers: { Accept: 'application/json' } });
    const { result } = await quietly(() => Promise.resolve(throwing(request, context())));
    expect(result.status).toBe(500);
    const body = await result.json();
    expect(body.reference).toBe('01JD8K3M');
    expect(body.errors[0]).toMatchObject({ field: 'server', key: 'serverError.text' });
    expect(body.errors[0].message).toContain('Bu bizim hatamız');
    const french = new Request('http://x/api/x', { headers: { 'Accept-Language': 'fr-BE,nl;q=0.5' } });
    const page = await quietly(() => Promise.resolve(throwing(french, context())));
    expect(await page.result.text()).toContain('Un problème est survenu chez nous');
  });

  test('answers 503 "try again" with Retry-After when the database cannot be reached', async () => {
    const { result, log } = await quietly(() =>
      Promise.resolve(unreachable(new Request('http://x/nl/dossier/'), context({ lang: 'nl' }))),
    );
    expect(result.status).toBe(503);
    expect(result.headers.get('retry-after')).toBe('30');
    expect(await result.text()).toContain('De website werkt nu even niet');
    expect(log).toContain('database unavailable: Error ECONNREFUSED');
    expect(log).not.toContain('Peeters');
  });

  test('passes an answer through untouched when nothing throws', async () => {
    const ok = handler(() => new Response('fine', { status: 201 }));
    const response = await ok(new Request('http://x/'), context());
    expect(response.status).toBe(201);
    expect(await response.text()).toBe('fine');
  });
});
