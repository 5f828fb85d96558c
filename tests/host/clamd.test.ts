import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { scanBytes, scannerConfigured } from '../../src/platform/scan/clamd';
import { EICAR, startClamd, type RunningClamd } from '../support/clamd';

let clamd: RunningClamd;
let startedIn = 0;
let cleanPdf: Uint8Array;
let eicarPdf: Uint8Array;

beforeAll(async () => {
  const started = performance.now();
  clamd = await startClamd();
  startedIn = performance.now() - started;
  console.log(`clamd answered PONG after ${(startedIn / 1000).toFixed(1)} s`);
  const pdf = await PDFDocument.create();
  pdf.addPage().drawText('Inkomensbewijs');
  cleanPdf = await pdf.save();
  const text = Buffer.from(cleanPdf).toString('latin1');
  // EICAR inside the PDF's bytes, in a comment before the end: still a PDF, still the virus string.
  eicarPdf = new Uint8Array(Buffer.from(text.replace('%%EOF', `%${EICAR}\n%%EOF`), 'latin1'));
});

afterAll(async () => {
  await clamd?.stop();
});

const eicarTxt = () => new Uint8Array(Buffer.from(EICAR, 'latin1'));

describe.each([
  ['the unix socket', () => ({ CLAMD_SOCKET: clamd.socket })],
  ['TCP', () => ({ CLAMD_HOST: clamd.host, CLAMD_PORT: String(clamd.port) })],
])('scanBytes over %s with the real clamd', (_, env) => {
  it('finds EICAR as a text file and inside a PDF', async () => {
    expect(await scanBytes(eicarTxt(), env())).toBe('infected');
    expect(await scanBytes(eicarPdf, env())).toBe('infected');
  });

  it('says a clean PDF is clean', async () => {
    expect(await scanBytes(cleanPdf, env())).toBe('clean');
  });

  it('sends a file of many chunks', async () => {
    const big = new Uint8Array(3 * 1024 * 1024 + 17).fill(0x41);
    big.set(eicarTxt(), 2 * 1024 * 1024 + 5);
    expect(await scanBytes(big, env())).toBe('infected');
  });
});

describe('scanBytes when the scanner cannot answer', () => {
  it('gives error for a wrong port or a missing socket, within the timeout', async () => {
    const started = performance.now();
    expect(await scanBytes(cleanPdf, { CLAMD_HOST: '127.0.0.1', CLAMD_PORT: '1', CLAMD_TIMEOUT_MS: '3000' })).toBe(
      'error',
    );
    expect(await scanBytes(cleanPdf, { CLAMD_SOCKET: `${clamd.socket}.missing`, CLAMD_TIMEOUT_MS: '3000' })).toBe(
      'error',
    );
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('gives error when nothing answers before CLAMD_TIMEOUT_MS', async () => {
    const { createServer } = await import('node:net');
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    const started = performance.now();
    const env = { CLAMD_HOST: '127.0.0.1', CLAMD_PORT: String(address.port), CLAMD_TIMEOUT_MS: '500' };
    expect(await scanBytes(cleanPdf, env)).toBe('error');
    expect(performance.now() - started).toBeLessThan(2000);
    silent.close();
  });

  it('gives error for a file over StreamMaxLength (INSTREAM size limit exceeded)', async () => {
    const tooBig = new Uint8Array(26 * 1024 * 1024).fill(0x20);
    expect(await scanBytes(tooBig, { CLAMD_SOCKET: clamd.socket })).toBe('error');
  });

  it('gives error when no scanner is configured', async () => {
    expect(await scanBytes(cleanPdf, {})).toBe('error');
  });

  it('gives error after clamd has stopped', async () => {
    const other = await startClamd();
    expect(await scanBytes(cleanPdf, { CLAMD_SOCKET: other.socket })).toBe('clean');
    await other.stop();
    expect(await scanBytes(cleanPdf, { CLAMD_SOCKET: other.socket, CLAMD_TIMEOUT_MS: '3000' })).toBe('error');
    expect(await scanBytes(cleanPdf, { CLAMD_HOST: other.host, CLAMD_PORT: String(other.port) })).toBe('error');
  });
});

describe('scannerConfigured', () => {
  it('reads the scanner from the environment', () => {
    expect(scannerConfigured({})).toBe(false);
    expect(scannerConfigured({ CLAMD_SOCKET: '/run/clamav/clamd.ctl' })).toBe(true);
    expect(scannerConfigured({ CLAMD_HOST: 'clamd.internal' })).toBe(true);
    expect(scannerConfigured({ CLAMD_HOST: '', CLAMD_SOCKET: ' ' })).toBe(false);
    expect(scannerConfigured({ CLAMD_PORT: '3310' })).toBe(false);
  });
});
