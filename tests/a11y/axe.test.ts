import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from '../support/axe-audit';
import { launchBrowser, openPage } from '../support/browser';
import { dynamicPages, fillAndSubmit, formStates, staticPages } from '../support/pages';
import { startTestSite, type TestSite } from '../support/platform';

let site: TestSite;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  site = await startTestSite();
  browser = await launchBrowser();
  page = await openPage(browser);
});
afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

describe('axe finds no violation', () => {
  test.each([...staticPages(), ...dynamicPages()])('on %s', async (path) => {
    await page.goto(`${site.url}${path}`);
    expect(await axeViolations(page)).toEqual([]);
  });

  test.each(formStates())('on the answer to: $name', async ({ path, values }) => {
    await page.goto(`${site.url}${path}`);
    await Promise.all([page.waitForNavigation(), page.evaluate(fillAndSubmit, values)]);
    expect(await axeViolations(page)).toEqual([]);
  });
});
