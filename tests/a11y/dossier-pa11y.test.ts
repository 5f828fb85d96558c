import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { logInPuppeteer } from '../support/login';
import { launchPa11yBrowser, pa11yErrors } from '../support/pa11y-audit';
import { DOSSIER_AUDIT_CITIZEN, dossierFormStates, dossierPages, fillAndSubmit } from '../support/pages';
import { startTestSite, type TestSite } from '../support/platform';

let site: TestSite;
let browser: Browser;

beforeAll(async () => {
  site = await startTestSite();
  browser = await launchPa11yBrowser();
  const page = await browser.newPage();
  await logInPuppeteer(page, site.url, DOSSIER_AUDIT_CITIZEN);
  await page.close();
});
afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

describe('pa11y (HTML_CodeSniffer, WCAG2AA) finds no error on the dossier pages of a logged-in person', () => {
  test.each(dossierPages())('on %s', async (path) => {
    const page = await browser.newPage();
    await page.goto(`${site.url}${path}`);
    expect(new URL(page.url()).pathname).not.toMatch(/sign-in/);
    expect(await pa11yErrors(page.url(), browser, page)).toEqual([]);
  });

  test.each(dossierFormStates())('on the answer to: $name', async ({ path, values, status }) => {
    const page = await browser.newPage();
    await page.goto(`${site.url}${path}`);
    const [response] = await Promise.all([page.waitForNavigation(), page.evaluate(fillAndSubmit, values)]);
    // The exact status: a refused form (403) would be another page than the error state meant.
    expect(response?.status()).toBe(status);
    expect(await pa11yErrors(page.url(), browser, page)).toEqual([]);
  });
});
