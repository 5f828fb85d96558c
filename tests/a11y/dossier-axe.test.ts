import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from '../support/axe-audit';
import { openPage } from '../support/browser';
import { logInBrowser } from '../support/login';
import { DOSSIER_AUDIT_CITIZEN, dossierFormStates, dossierPages, fillAndSubmit } from '../support/pages';
import {
  confirmedBeforeTheLastChange,
  enterState,
  REFUSALS_AUDIT_CITIZEN,
  refusalStates,
  type StateDriver,
} from '../support/refusal-states';
import { SESSION_COOKIE } from '../../src/features/auth/session';
import { db } from '../../src/platform/db/db';
import { useSiteInBrowser } from '../support/site-in-browser';

const app = useSiteInBrowser();
let page: Page;

beforeAll(async () => {
  page = await openPage(app.browser);
  await logInBrowser(page, app.site.url, DOSSIER_AUDIT_CITIZEN);
});
// This test process writes the refusals' fixture; close its pool before the site stops the database.
afterAll(() => db().end());

describe('axe finds no violation on the dossier pages of a logged-in person', () => {
  test.each(dossierPages())('on %s', async (path) => {
    await page.goto(`${app.site.url}${path}`);
    expect(new URL(page.url()).pathname).not.toMatch(/sign-in/);
    expect(await axeViolations(page)).toEqual([]);
  });

  test.each(dossierFormStates())('on the answer to: $name', async ({ path, values, status }) => {
    await page.goto(`${app.site.url}${path}`);
    const [response] = await Promise.all([page.waitForNavigation(), page.evaluate(fillAndSubmit, values)]);
    // The exact status: a refused form (403) would be another page than the error state meant.
    expect(response?.status()).toBe(status);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('axe finds no violation where the dossier refuses, or keeps what was typed', () => {
  let other: Page;
  let driver: StateDriver;
  beforeAll(async () => {
    other = await openPage(app.browser);
    await logInBrowser(other, app.site.url, REFUSALS_AUDIT_CITIZEN);
    await confirmedBeforeTheLastChange(REFUSALS_AUDIT_CITIZEN);
    driver = {
      goto: async (path) => (await other.goto(`${app.site.url}${path}`))?.status(),
      submit: async (inPage) => (await Promise.all([other.waitForNavigation(), other.evaluate(inPage)]))[0]?.status(),
      sessionToken: async () => (await other.context().cookies()).find((c) => c.name === SESSION_COOKIE)?.value ?? '',
      logIn: (lang, returnPath) => logInBrowser(other, app.site.url, REFUSALS_AUDIT_CITIZEN, lang, returnPath),
    };
  });

  test.each(refusalStates())('on $name', async (state) => {
    expect(await enterState(driver, state)).toBe(state.status);
    expect(await axeViolations(other)).toEqual([]);
  });
});
