import type { Browser, BrowserContext, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { logInPuppeteer } from '../support/login';
import { launchPa11yBrowser, pa11yErrors } from '../support/pa11y-audit';
import { DOSSIER_AUDIT_CITIZEN, dossierFormStates, dossierPages, fillAndSubmit } from '../support/pages';
import { startTestSite, type TestSite } from '../support/platform';
import {
  confirmedBeforeTheLastChange,
  enterState,
  REFUSALS_AUDIT_CITIZEN,
  refusalStates,
  type StateDriver,
} from '../support/refusal-states';
import { SESSION_COOKIE } from '../../src/features/auth/session';
import { db } from '../../src/platform/db/db';

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
  // This test process writes the refusals' fixture; close its pool before the site stops the database.
  await db().end();
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

describe('pa11y finds no error where the dossier refuses, or keeps what was typed', () => {
  let context: BrowserContext;
  let driver: StateDriver;
  let page: Page;
  beforeAll(async () => {
    context = await browser.createBrowserContext();
    const first = await context.newPage();
    await logInPuppeteer(first, site.url, REFUSALS_AUDIT_CITIZEN);
    await first.close();
    await confirmedBeforeTheLastChange(REFUSALS_AUDIT_CITIZEN);
    driver = {
      goto: async (path) => (await page.goto(`${site.url}${path}`))?.status(),
      submit: async (inPage) => (await Promise.all([page.waitForNavigation(), page.evaluate(inPage)]))[0]?.status(),
      sessionToken: async () => (await context.cookies()).find((c) => c.name === SESSION_COOKIE)?.value ?? '',
      logIn: (lang, returnPath) => logInPuppeteer(page, site.url, REFUSALS_AUDIT_CITIZEN, lang, returnPath),
    };
  });
  afterAll(() => context?.close());

  test.each(refusalStates())('on $name', async (state) => {
    page = await context.newPage();
    expect(await enterState(driver, state)).toBe(state.status);
    expect(await pa11yErrors(page.url(), browser, page)).toEqual([]);
  });
});
