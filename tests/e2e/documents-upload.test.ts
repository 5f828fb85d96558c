import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page, Request as BrowserRequest } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CITIZEN } from '../../dev/seed/candidates';
import { getT } from '../../src/lib/i18n';
import type { Lang } from '../../src/lib/languages';
import { db } from '../../src/platform/db/db';
import { openPage } from '../support/browser';
import { logInBrowser } from '../support/login';
import { phonePhoto, scannedPdf } from '../support/sample-files';
import { useSiteInBrowser } from '../support/site-in-browser';

const app = useSiteInBrowser();
afterAll(() => db().end());

/** A phone photo of about 4 MB: 4000×3000 of soft shapes with grain, as a camera makes them. */
let photo: Buffer;
/** A scanned PDF of about 2.5 MB, sent as it is (not scaled), kept on disk with a fixed date. */
let scan: Buffer;
let scanPath: string;
beforeAll(async () => {
  [photo, scan] = await Promise.all([phonePhoto(), scannedPdf()]);
  scanPath = path.join(mkdtempSync(path.join(tmpdir(), 'blijf-e2e-')), 'scan.pdf');
  writeFileSync(scanPath, scan);
  // The script knows a file again by its size, date and kind: the same file on disk, the same date.
  utimesSync(scanPath, new Date('2026-11-20T10:00:00Z'), new Date('2026-11-20T10:00:00Z'));
});

const documentsOf = async (nationalNumber: string) =>
  (
    await db().query<{ size_bytes: number; content_type: string }>(
      `SELECT f.size_bytes, f.content_type FROM documents f JOIN dossiers d ON d.id = f.dossier_id
        JOIN candidates c ON c.id = d.candidate_id WHERE c.national_number = $1`,
      [nationalNumber],
    )
  ).rows;

/**
 * The PATCH requests of the resumable upload, with the bytes each carried: Content-Length as
 * Chromium sent it (a script's Blob body is not readable from the request itself), or, for a part
 * cut off before it left, the bytes it was to carry.
 */
function watchParts(page: Page) {
  const parts: { offset: number; bytes: number }[] = [];
  let length = 0;
  page.on('request', (request: BrowserRequest) => {
    if (request.method() === 'POST' && request.url().includes('/api/uploads'))
      length = Number(request.headers()['upload-length']);
    if (request.method() !== 'PATCH') return;
    const part = { offset: Number(request.headers()['upload-offset']), bytes: Number.NaN };
    parts.push(part);
    const planned = Math.min(1024 * 1024, length - part.offset);
    const cutOff = new Promise<Record<string, string>>((resolve) => setTimeout(() => resolve({}), 3000));
    void Promise.race([request.allHeaders(), cutOff]).then(
      (headers) => (part.bytes = Number(headers['content-length'] ?? planned)),
    );
  });
  return parts;
}

async function choose(page: Page, kind: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.check(`input[name="kind"][value="${kind}"]`);
  await page.setInputFiles('#file', file);
}

describe.each([
  ['nl', CITIZEN.sarah],
  ['ar', CITIZEN.mohamed],
] as const)('in %s, on a phone 320 px wide, JavaScript on', (lang: Lang, citizen) => {
  test('a 4 MB photo goes out scaled to about 1 MB in parts, survives a cut connection, and is listed', async () => {
    const t = getT(lang);
    const page = await openPage(app.browser, { viewport: { width: 320, height: 640 } });
    await logInBrowser(page, app.site.url, citizen.nationalNumber, lang, `/${lang}/dossier/documents/`);
    expect(photo.byteLength).toBeGreaterThan(3_500_000);
    const parts = watchParts(page);
    let uploadLength = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/api/uploads'))
        uploadLength = Number(request.headers()['upload-length']);
    });
    // The connection drops once, during the second part: the script asks where to go on and goes on.
    let cut = false;
    await page.route('**/api/uploads/*', async (route) => {
      if (route.request().method() === 'PATCH' && parts.length === 2 && !cut) {
        cut = true;
        return route.abort('connectionreset');
      }
      return route.fallback();
    });
    await choose(page, 'income-proof', { name: 'IMG_2041.JPG', mimeType: 'image/jpeg', buffer: photo });
    await Promise.all([
      page.waitForURL(`${app.site.url}/${lang}/dossier/documents/?sent=1`, { timeout: 60_000 }),
      page.click('form[action="/api/documents"] button[type="submit"]'),
    ]);
    await expect.poll(() => page.locator('[role="status"]').first().innerText()).not.toBe('');
    const stored = await documentsOf(citizen.nationalNumber);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.content_type).toBe('image/jpeg');
    await expect.poll(() => parts.every((part) => Number.isFinite(part.bytes))).toBe(true);
    const sent = parts.reduce((sum, part) => sum + part.bytes, 0);
    // Scaled in the browser to about 1 MB (a third of the photo or less); one part re-sent at most.
    expect(uploadLength).toBeLessThan(photo.byteLength / 3);
    expect(sent - uploadLength).toBeLessThanOrEqual(1024 * 1024);
    expect(Math.max(...parts.map((part) => part.bytes))).toBeLessThanOrEqual(1024 * 1024);
    expect(cut).toBe(true);
    expect(await page.locator('main').innerText()).toContain(t('documents.kind.income-proof'));
    await page.context().close();
  });
});

describe('a reload of the page resumes where the upload stood', () => {
  test('the same PDF chosen again after a reload sends only what was missing', async () => {
    const page = await openPage(app.browser, { viewport: { width: 320, height: 640 } });
    await logInBrowser(page, app.site.url, CITIZEN.luc.nationalNumber, 'en', '/en/dossier/documents/');
    const parts = watchParts(page);
    // Every part after the first fails, as on a train through a tunnel; then the person reloads.
    await page.route('**/api/uploads/*', (route) =>
      route.request().method() === 'PATCH' && parts.length > 1 ? route.abort('internetdisconnected') : route.fallback(),
    );
    await page.check('input[name="kind"][value="tax-assessment"]');
    await page.setInputFiles('#file', scanPath);
    await page.click('form[action="/api/documents"] button[type="submit"]');
    await expect.poll(() => parts.length, { timeout: 20_000 }).toBeGreaterThan(1);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    parts.length = 0;
    await page.reload();
    await page.check('input[name="kind"][value="tax-assessment"]');
    await page.setInputFiles('#file', scanPath);
    await Promise.all([
      page.waitForURL(`${app.site.url}/en/dossier/documents/?sent=1`, { timeout: 60_000 }),
      page.click('form[action="/api/documents"] button[type="submit"]'),
    ]);
    expect(parts[0]!.offset).toBe(1024 * 1024);
    expect(await documentsOf(CITIZEN.luc.nationalNumber)).toHaveLength(1);
    await page.context().close();
  });
});

describe('JavaScript off: the plain form', () => {
  test.each([
    ['nl', CITIZEN.pieter],
    ['ar', CITIZEN.hatice],
  ] as const)(
    'in %s a PDF goes through the form and is listed; a wrong kind gets a clear error',
    async (lang, citizen) => {
      const t = getT(lang as Lang);
      const page = await openPage(app.browser, { javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
      await logInBrowser(page, app.site.url, citizen.nationalNumber, lang, `/${lang}/dossier/documents/`);
      await choose(page, 'other', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('just text') });
      await page.click('form[action="/api/documents"] button[type="submit"]');
      await page.waitForLoadState('load');
      expect(await page.locator('[role="alert"]').innerText()).toContain(t('documents.error.kindNotAccepted'));
      await choose(page, 'tax-assessment', { name: 'aanslag.pdf', mimeType: 'application/pdf', buffer: scan });
      await Promise.all([
        page.waitForURL(`${app.site.url}/${lang}/dossier/documents/?sent=1`),
        page.click('form[action="/api/documents"] button[type="submit"]'),
      ]);
      expect(await page.locator('main').innerText()).toContain('aanslag.pdf');
      expect(await documentsOf(citizen.nationalNumber)).toHaveLength(1);
      await page.context().close();
    },
  );
});
