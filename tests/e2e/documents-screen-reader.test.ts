import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { CITIZEN } from '../../dev/seed/candidates';
import { getT } from '../../src/lib/i18n';
import type { Lang } from '../../src/lib/languages';
import { openPage } from '../support/browser';
import { logInBrowser } from '../support/login';
import {
  allowScreenReader,
  expectSaidInOrder,
  readToEnd,
  spokenSince,
  startScreenReader,
} from '../support/screen-reader';
import { useSiteInBrowser } from '../support/site-in-browser';

// What a screen reader says while a file is sent with JavaScript, and when it has arrived: the
// polite live region speaks "started", and the page after it says the file arrived and lists it.
const app = useSiteInBrowser();

const samplePdf = async () => {
  const pdf = await PDFDocument.create();
  pdf.addPage().drawText('Attest');
  return Buffer.from(await pdf.save());
};

describe.each([
  ['nl', CITIZEN.pieter],
  ['ar', CITIZEN.hatice],
] as const)('in %s', (lang: Lang, citizen) => {
  test('the person hears that sending started, then that the file arrived, and finds it in the list', async () => {
    const t = getT(lang);
    const page = await openPage(app.browser);
    await allowScreenReader(page);
    await logInBrowser(page, app.site.url, citizen.nationalNumber, lang, `/${lang}/dossier/documents/`);
    await startScreenReader(page);
    await page.check('input[name="kind"][value="other"]');
    await page.setInputFiles('#file', { name: 'attest.pdf', mimeType: 'application/pdf', buffer: await samplePdf() });
    // Hold the first part until the live region has spoken, as on a slow line.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/uploads/*', async (route) => {
      if (route.request().method() === 'PATCH') await held;
      return route.fallback();
    });
    await page.click('form[action="/api/documents"] button[type="submit"]');
    await expect
      .poll(async () => (await spokenSince(page)).join(' | '), { timeout: 20_000 })
      .toContain(t('documents.script.started'));
    release();
    await page.waitForURL(/\?sent=1$/, { timeout: 30_000 });
    const heard = [...(await startScreenReader(page)), ...(await readToEnd(page))];
    expectSaidInOrder(heard, [
      new RegExp(
        t('documents.notice.sent')
          .slice(0, 20)
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      ),
      /attest\.pdf/,
    ]);
    await page.context().close();
  });
});
