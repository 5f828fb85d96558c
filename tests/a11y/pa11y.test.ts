import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchPa11yBrowser, pa11yErrors } from '../support/pa11y-audit';
import { dynamicPages, fillAndSubmit, formStates, staticPages } from '../support/pages';
import { startTestSite, type TestSite } from '../support/platform';

let site: TestSite;
let browser: Browser;

beforeAll(async () => {
  site = await startTestSite();
  browser = await launchPa11yBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

describe('pa11y (HTML_CodeSniffer, WCAG2AA) finds no error', () => {
  test.each([...staticPages(), ...dynamicPages()])('on %s', async (path) => {
    // Loaded here, not by pa11y: its own navigation waits for half a second of network silence
    // on every page, and our pages load nothing after "load".
    const page = await browser.newPage();
    await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
    expect(await pa11yErrors(page.url(), browser, page)).toEqual([]);
  });

  test.each(formStates())('on the answer to: $name', async ({ path, values }) => {
    const page = await browser.newPage();
    await page.goto(`${site.url}${path}`);
    await Promise.all([page.waitForNavigation(), page.evaluate(fillAndSubmit, values)]);
    expect(await pa11yErrors(page.url(), browser, page)).toEqual([]);
  });
});
