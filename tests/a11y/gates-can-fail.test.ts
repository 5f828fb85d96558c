import type { Browser } from 'playwright-core';
import type { Browser as PuppeteerBrowser } from 'puppeteer';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations } from '../support/axe-audit';
import { launchBrowser, openPage } from '../support/browser';
import { launchPa11yBrowser, pa11yErrors } from '../support/pa11y-audit';

const broken = pathToFileURL('tests/fixtures/broken-page.html').href;
let browser: Browser;
let pa11yBrowser: PuppeteerBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
  pa11yBrowser = await launchPa11yBrowser();
});
afterAll(async () => {
  await browser?.close();
  await pa11yBrowser?.close();
});

test('the axe gate names the rules a broken page breaks', async () => {
  const page = await openPage(browser);
  await page.goto(broken);
  const violations = (await axeViolations(page)).join('\n');
  for (const rule of ['html-has-lang', 'image-alt', 'label', 'color-contrast', 'link-name']) {
    expect(violations).toContain(rule);
  }
});

test('the pa11y gate reports errors on a broken page', async () => {
  const errors = await pa11yErrors(broken, pa11yBrowser);
  expect(errors.length).toBeGreaterThan(3);
});
