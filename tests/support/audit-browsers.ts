import type { Browser } from 'playwright-core';
import type { Browser as PuppeteerBrowser } from 'puppeteer';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { launchPa11yBrowser } from './pa11y-audit';

/**
 * The two browsers of the accessibility gates for one test file: Chromium through Playwright for
 * axe, and through puppeteer for pa11y. Both start before the file's tests and stop after.
 */
export function useAuditBrowsers(): { readonly axe: Browser; readonly pa11y: PuppeteerBrowser } {
  const started: { axe?: Browser; pa11y?: PuppeteerBrowser } = {};
  beforeAll(async () => {
    started.axe = await launchBrowser();
    started.pa11y = await launchPa11yBrowser();
  });
  afterAll(async () => {
    await started.axe?.close();
    await started.pa11y?.close();
  });
  const running = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the browsers start in beforeAll');
    return value;
  };
  return {
    get axe() {
      return running(started.axe);
    },
    get pa11y() {
      return running(started.pa11y);
    },
  };
}
