import type { Context } from '@netlify/functions';
import type { Browser } from 'playwright-core';
import type { Browser as PuppeteerBrowser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { LANGUAGES } from '../../src/lib/languages';
import { failureResponse } from '../../src/platform/http/handler';
import { axeViolations } from '../support/axe-audit';
import { launchBrowser, openPage } from '../support/browser';
import { launchPa11yBrowser, pa11yErrors } from '../support/pa11y-audit';

// The pages a person sees when something breaks on our side (500) or the database is away (503):
// no request of the gate's site can cause them, so they are rendered here and checked as they are.
const FAILURES = {
  '500 (a handler threw)': new Error('broken'),
  '503 (the database is away)': Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
};

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

async function failurePage(lang: string, error: Error): Promise<string> {
  const context = { params: { lang }, requestId: '01jd8k3m9qxw7r5t2v4y6z8a0b' } as unknown as Context;
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    return await failureResponse(new Request(`http://localhost/${lang}/dossier/`), context, error).text();
  } finally {
    quiet.mockRestore();
  }
}

describe.each(Object.entries(FAILURES))('the %s page', (_name, error) => {
  test.each([...LANGUAGES])('in %s has no axe violation and no pa11y error', async (lang) => {
    const html = await failurePage(lang, error);
    const page = await openPage(browser);
    await page.setContent(html);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
    const loaded = await pa11yBrowser.newPage();
    await loaded.setContent(html);
    expect(await pa11yErrors('about:blank', pa11yBrowser, loaded)).toEqual([]);
  });
});
