import { expect, test } from 'vitest';
import { readFormBody } from './form-body';

const MB = 1024 * 1024;
const CHUNK = 64 * 1024;

/** A chunked body (no Content-Length) of `total` bytes, counting how much of it was read. */
function chunkedPost(total: number) {
  const read = { bytes: 0 };
  const piece = new TextEncoder().encode(`reason=${'x'.repeat(CHUNK - 7)}`);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (read.bytes >= total) return controller.close();
      read.bytes += piece.byteLength;
      controller.enqueue(piece);
    },
  });
  const init = {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body,
    duplex: 'half',
  };
  return { request: new Request('http://localhost/api/letter/proxy', init as RequestInit), read };
}

test('a 10 MB body without Content-Length is refused with 413 once it passes the limit, not read whole', async () => {
  const { request, read } = chunkedPost(10 * MB);
  const started = performance.now();
  expect(await readFormBody(request, 16_384)).toEqual({ ok: false, status: 413 });
  expect(read.bytes).toBeLessThanOrEqual(16_384 + 2 * CHUNK);
  expect(performance.now() - started).toBeLessThan(1000);
});

test('a body within the limit is read whole, also without Content-Length', async () => {
  const { request } = chunkedPost(CHUNK);
  const body = await readFormBody(request, 2 * CHUNK);
  expect(body.ok && body.values['reason']?.length).toBe(CHUNK - 7);
});

test('a declared Content-Length over the limit is refused before anything is read', async () => {
  const request = new Request('http://localhost/x', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': '20000' },
    body: 'a=1',
  });
  expect(await readFormBody(request, 16_384)).toEqual({ ok: false, status: 413 });
});

test('a body of another type is refused with 415 before any of it is read', async () => {
  const { request, read } = chunkedPost(MB);
  request.headers.set('content-type', 'text/plain');
  expect(await readFormBody(request)).toEqual({ ok: false, status: 415 });
  expect(read.bytes).toBeLessThanOrEqual(CHUNK); // the stream's own first pull, nothing more
});
