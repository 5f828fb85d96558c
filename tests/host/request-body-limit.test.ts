import { expect, test } from 'vitest';
import { LETTER_FORM_MAX_BYTES } from '../../src/features/letters/http/letter-handler';
import { MAX_FORM_BYTES } from '../../src/platform/http/form-body';
import { usePlatform } from '../support/in-process';

const request = usePlatform();
const MB = 1024 * 1024;
const CHUNK = 4 * 1024;

/** A chunked form post (no Content-Length) of `total` bytes rounded up to 4 kB, as a script could send it. */
function chunkedPost(total: number, headers: Record<string, string> = {}): RequestInit {
  let sent = 0;
  const piece = new TextEncoder().encode(`reason=${'x'.repeat(CHUNK - 7)}`);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      sent += piece.byteLength;
      controller.enqueue(piece);
    },
  });
  const init = { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers }, body };
  return { ...init, duplex: 'half' } as RequestInit;
}

test('a 5 MB letter without Content-Length is refused quickly with 413, in the language of the browser', async () => {
  const started = performance.now();
  const response = await request('/api/letter/proxy', chunkedPost(5 * MB, { 'Accept-Language': 'fr' }));
  const html = await response.text();
  const took = performance.now() - started;
  console.info(`413 for a chunked 5 MB letter after ${Math.round(took)} ms`);
  expect(response.status).toBe(413);
  expect(html).toContain('<html lang="fr"');
  expect(html).toContain('Vous avez envoyé trop de texte');
  expect(took).toBeLessThan(2000);
});

test('each form has its own limit: a 20 kB body is too large for a dossier form, not for a letter', async () => {
  const size = 20 * 1024;
  expect(size).toBeGreaterThan(MAX_FORM_BYTES);
  expect(size).toBeLessThan(LETTER_FORM_MAX_BYTES);
  expect((await request('/api/dossier/save', chunkedPost(size))).status).toBe(413);
  const letter = await request('/api/letter/appeal', chunkedPost(size));
  expect(letter.status).toBe(400);
  expect(await letter.text()).toContain('Je uitleg mag hoogstens 2000 tekens hebben');
});
