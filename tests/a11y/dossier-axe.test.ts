import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from '../support/axe-audit';
import { openPage } from '../support/browser';
import { logInBrowser } from '../support/login';
import { DOSSIER_AUDIT_CITIZEN, dossierFormStates, dossierPages, fillAndSubmit } from '../support/pages';
import { useSiteInBrowser } from '../support/site-in-browser';

const app = useSiteInBrowser();
let page: Page;

beforeAll(async () => {
  page = await openPage(app.browser);
  await logInBrowser(page, app.site.url, DOSSIER_AUDIT_CITIZEN);
});

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
