import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import type { Browser as PuppeteerBrowser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CITIZEN } from '../../dev/seed/candidates';
import { LANGUAGES, type Lang } from '../../src/lib/languages';
import { db } from '../../src/platform/db/db';
import { axeViolations } from '../support/axe-audit';
import { openPage } from '../support/browser';
import { logInBrowser, logInPuppeteer } from '../support/login';
import { launchPa11yBrowser, pa11yErrors } from '../support/pa11y-audit';
import { useSiteInBrowser } from '../support/site-in-browser';

// The documents page in every language and state: a file listed after "sent", after "removed",
// the plain form's refusal (a text file), and, with JavaScript, the upload under way and the
// script's own error message. axe (WCAG 2.0-2.2 A/AA and best practice) and pa11y (WCAG2AA).
const app = useSiteInBrowser();
const CITIZEN_NN = CITIZEN.sarah.nationalNumber;
const files = mkdtempSync(path.join(tmpdir(), 'blijf-a11y-files-'));
const textFile = path.join(files, 'notes.txt');
const pdfFile = path.join(files, 'aanslagbiljet.pdf');

let axePage: Page;
let pa11yBrowser: PuppeteerBrowser;

beforeAll(async () => {
  writeFileSync(textFile, 'only text, no document');
  const pdf = await PDFDocument.create();
  pdf.addPage().drawText('Aanslagbiljet');
  writeFileSync(pdfFile, await pdf.save());
  // axe runs in the page, so JavaScript stays on; the upload script is kept away, so the plain
  // form (as without JavaScript) is what posts.
  axePage = await openPage(app.browser);
  await axePage.route('**/upload.js', (route) => route.abort());
  await logInBrowser(axePage, app.site.url, CITIZEN_NN, 'nl', '/nl/dossier/documents/');
  // One file sent, so the table of sent files is on every page audited.
  await axePage.check('input[name="kind"][value="tax-assessment"]');
  await axePage.setInputFiles('#file', pdfFile);
  await Promise.all([
    axePage.waitForURL(/sent=1/),
    axePage.click('form[action="/api/documents"] button[type="submit"]'),
  ]);
  pa11yBrowser = await launchPa11yBrowser();
  const page = await pa11yBrowser.newPage();
  await logInPuppeteer(page, app.site.url, CITIZEN_NN, 'nl', '/nl/dossier/documents/');
  await page.close();
});
afterAll(async () => {
  await db().end();
  await pa11yBrowser?.close();
});

const STATES = ['?sent=1', '?removed=1'] as const;

describe.each([...LANGUAGES])('the documents page in %s', (lang: Lang) => {
  test.each(STATES)('axe: %s', async (query) => {
    await axePage.goto(`${app.site.url}/${lang}/dossier/documents/${query}`);
    expect(await axeViolations(axePage)).toEqual([]);
  });

  test('axe: the plain form refuses a text file (415)', async () => {
    await axePage.goto(`${app.site.url}/${lang}/dossier/documents/`);
    await axePage.check('input[name="kind"][value="other"]');
    await axePage.setInputFiles('#file', textFile);
    const [response] = await Promise.all([
      axePage.waitForNavigation(),
      axePage.click('form[action="/api/documents"] button[type="submit"]'),
    ]);
    expect(response?.status()).toBe(415);
    expect(await axeViolations(axePage)).toEqual([]);
  });

  test('pa11y: with a file listed, and the refusal of a text file', async () => {
    const listed = await pa11yBrowser.newPage();
    await listed.goto(`${app.site.url}/${lang}/dossier/documents/?sent=1`);
    expect(await pa11yErrors(listed.url(), pa11yBrowser, listed)).toEqual([]);
    const refused = await pa11yBrowser.newPage();
    // pa11y runs in the page: JavaScript on, the upload script kept away (the plain form posts).
    await refused.setRequestInterception(true);
    refused.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      void (request.url().endsWith('/upload.js') ? request.abort() : request.continue());
    });
    await refused.goto(`${app.site.url}/${lang}/dossier/documents/`);
    await refused.click('input[name="kind"][value="other"]');
    await (await refused.$('input#file'))?.uploadFile(textFile);
    const [response] = await Promise.all([
      refused.waitForNavigation(),
      refused.click('form[action="/api/documents"] button[type="submit"]'),
    ]);
    expect(response?.status()).toBe(415);
    await refused.setRequestInterception(false);
    expect(await pa11yErrors(refused.url(), pa11yBrowser, refused)).toEqual([]);
  });
});

describe.each(['nl', 'ar'] as const)('with JavaScript, in %s', (lang) => {
  let page: Page;
  beforeAll(async () => {
    page = await openPage(app.browser);
    await logInBrowser(page, app.site.url, CITIZEN_NN, lang, `/${lang}/dossier/documents/`);
  });
  afterAll(() => page.context().close());

  test('axe: while a file is being sent (progress and live region shown)', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/uploads/*', async (route) => {
      if (route.request().method() === 'PATCH') await held;
      return route.fallback();
    });
    await page.check('input[name="kind"][value="tax-assessment"]');
    await page.setInputFiles('#file', pdfFile);
    await page.click('form[action="/api/documents"] button[type="submit"]');
    await page.locator('#upload-progress').waitFor({ state: 'visible' });
    expect(await axeViolations(page)).toEqual([]);
    release();
    await page.waitForURL(/sent=1/, { timeout: 30_000 });
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });

  test("axe: the script's own refusal of a text file, in the person's language", async () => {
    await page.goto(`${app.site.url}/${lang}/dossier/documents/`);
    await page.check('input[name="kind"][value="other"]');
    await page.setInputFiles('#file', textFile);
    await page.click('form[action="/api/documents"] button[type="submit"]');
    await page.locator('[role="alert"]').waitFor({ state: 'visible', timeout: 30_000 });
    expect(page.url()).toBe(`${app.site.url}/${lang}/dossier/documents/`);
    expect(await axeViolations(page)).toEqual([]);
  });
});
