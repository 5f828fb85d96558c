import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from '../support/axe-audit';
import { openPage } from '../support/browser';
import { dynamicPages, fillAndSubmit, formStates, staticPages } from '../support/pages';
import { useSiteInBrowser } from '../support/site-in-browser';

const app = useSiteInBrowser();
let page: Page;

beforeAll(async () => {
  page = await openPage(app.browser);
});

describe('axe finds no violation', () => {
  test.each([...staticPages(), ...dynamicPages()])('on %s', async (path) => {
    await page.goto(`${app.site.url}${path}`);
    expect(await axeViolations(page)).toEqual([]);
  });

  test.each(formStates())('on the answer to: $name', async ({ path, values }) => {
    await page.goto(`${app.site.url}${path}`);
    await Promise.all([page.waitForNavigation(), page.evaluate(fillAndSubmit, values)]);
    expect(await axeViolations(page)).toEqual([]);
  });
});
