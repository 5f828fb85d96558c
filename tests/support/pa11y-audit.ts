import pa11y from 'pa11y';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { CHROMIUM_ARGS, findChromium } from './chromium';

/** pa11y drives its own puppeteer; give it the same system Chromium. */
export function launchPa11yBrowser(): Promise<Browser> {
  return puppeteer.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
}

/** pa11y with the HTML_CodeSniffer runner, WCAG2AA: the errors, as "code: selector". */
export async function pa11yErrors(url: string, browser: Browser, loaded?: Page): Promise<string[]> {
  const page = loaded ?? (await browser.newPage());
  try {
    const result = await pa11y(url, {
      browser,
      page,
      // A page already loaded (the answer to a posted form) is checked as it is.
      ignoreUrl: Boolean(loaded),
      // HTML_CodeSniffer, pa11y's own runner. axe runs in its own gate (tests/a11y/*axe*) on the
      // same pages and states with more rules than pa11y would give it (WCAG 2.0-2.2 A/AA and
      // best practice), so running it here again only doubled the time.
      runners: ['htmlcs'],
      standard: 'WCAG2AA',
      includeWarnings: false,
      includeNotices: false,
      timeout: 60_000,
    });
    return result.issues.filter((i) => i.type === 'error').map((i) => `${i.code}: ${i.selector}`);
  } finally {
    await page.close();
  }
}
