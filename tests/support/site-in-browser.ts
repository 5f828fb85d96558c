import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { startTestSite, type TestSite } from './platform';

/**
 * The real site on a free port and a headless system Chromium, for one test file: both start
 * before its tests and stop after. Read `site` and `browser` inside tests, once they have started.
 */
export function useSiteInBrowser(): { readonly site: TestSite; readonly browser: Browser } {
  const started: { site?: TestSite; browser?: Browser } = {};
  beforeAll(async () => {
    started.site = await startTestSite();
    started.browser = await launchBrowser();
  });
  afterAll(async () => {
    await started.browser?.close();
    await started.site?.stop();
  });
  const running = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the site and browser start in beforeAll');
    return value;
  };
  return {
    get site() {
      return running(started.site);
    },
    get browser() {
      return running(started.browser);
    },
  };
}
