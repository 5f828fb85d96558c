import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CITIZEN } from '../../dev/seed/candidates';
import { getT } from '../../src/lib/i18n';
import { openPage } from '../support/browser';
import { logInBrowser, logInStaffBrowser } from '../support/login';
import { useSiteInBrowser } from '../support/site-in-browser';

// Issue 12's consent journey as people go through it, with JavaScript off at 320 px (plain forms
// only), in Dutch and in Arabic: the candidate gives the OCMW consent for 3 months from their
// dossier; the OCMW's helper sees the progress and the missing papers but no income, and prints
// the sheet in the candidate's language; the candidate withdraws it and the helper's next
// request shows nothing.
const WIDTH = 320;

describe.each([
  // Sarah reads Dutch; Mohamed chose Arabic on the site, so his sheet is in Arabic.
  { lang: 'nl' as const, who: CITIZEN.sarah, sheetLang: 'nl' as const },
  { lang: 'ar' as const, who: CITIZEN.mohamed, sheetLang: 'ar' as const },
])('consent with JavaScript off at 320 px, in $lang', ({ lang, who, sheetLang }) => {
  const app = useSiteInBrowser();
  let candidate: Page;
  let helper: Page;
  let consentPath = '';
  const name = `${who.givenName} ${who.familyName}`;

  const fitsTheScreen = async (page: Page) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);

  /** Sends the form around `selector`'s submit button; the status of the page the browser lands on. */
  async function submit(page: Page, selector: string): Promise<number | undefined> {
    const [response] = await Promise.all([page.waitForNavigation(), page.click(`${selector} button[type="submit"]`)]);
    return response?.status();
  }

  beforeAll(async () => {
    const viewport = { width: WIDTH, height: 720 };
    candidate = await openPage(app.browser, { javaScriptEnabled: false, viewport });
    helper = await openPage(app.browser, { javaScriptEnabled: false, viewport });
    await logInBrowser(candidate, app.site.url, who.nationalNumber, lang);
    await logInStaffBrowser(helper, app.site.url, 'helper-ocmw-1', lang, 'helper');
  });
  afterAll(async () => {
    await candidate.context().close();
    await helper.context().close();
  });

  test('before any consent the helper sees that nobody gave one', async () => {
    expect(await helper.textContent('main')).toContain('Nog niemand gaf je organisatie toestemming');
    expect(await helper.locator('main a[href*="/helper/candidates/"]').count()).toBe(0);
    await fitsTheScreen(helper);
  });

  test('the candidate finds the consent page from the dossier; a form without a choice says what is missing', async () => {
    await Promise.all([candidate.waitForNavigation(), candidate.click(`main a[href="/${lang}/dossier/helpers/"]`)]);
    expect(await candidate.locator('html').getAttribute('lang')).toBe(lang);
    expect(await candidate.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    expect(await submit(candidate, 'form[action="/api/dossier/consents"]')).toBe(400);
    const summary = candidate.locator('.error-summary');
    await expect(summary.locator('a').count()).resolves.toBe(2);
    expect(await candidate.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    await fitsTheScreen(candidate);
  });

  test('the candidate gives the OCMW consent for 3 months and sees until when', async () => {
    await candidate.selectOption('#organisation', 'gent-ocmw');
    await candidate.check('#months-3');
    expect(await submit(candidate, 'form[action="/api/dossier/consents"]')).toBe(200);
    expect(candidate.url()).toContain(`/${lang}/dossier/helpers/?done=given`);
    await expect(candidate.locator('.panel.ok[role="status"]').textContent()).resolves.toContain('OCMW Gent');
    expect(await candidate.locator('form[action="/api/dossier/consents/withdraw"]').count()).toBe(1);
    await fitsTheScreen(candidate);
    // The dossier's overview lists it too, with its end date.
    await candidate.goto(`${app.site.url}/${lang}/dossier/`);
    await expect(candidate.textContent('main')).resolves.toContain(getT(lang)('dossier.overview.helpersTitle'));
    await expect(candidate.locator('main li', { hasText: 'OCMW Gent' }).count()).resolves.toBe(1);
    await candidate.goto(`${app.site.url}/${lang}/dossier/helpers/`);
  });

  test('the helper sees the progress and the missing papers, never the income', async () => {
    await helper.reload();
    const link = helper.locator('main a[href*="/helper/candidates/"]', { hasText: name });
    consentPath = (await link.getAttribute('href')) ?? '';
    await Promise.all([helper.waitForNavigation(), link.click()]);
    const main = (await helper.textContent('main')) ?? '';
    expect(main).toContain(name);
    expect(main).toContain('Papieren die nog ontbreken');
    expect(main).toContain('Laatste dag');
    expect(main).toContain('Je ziet nooit het inkomen');
    expect(main).not.toMatch(/€|EUR/);
    await fitsTheScreen(helper);
  });

  test("the helper prints the sheet in the candidate's language", async () => {
    await Promise.all([helper.waitForNavigation(), helper.click('main a[href$="/sheet/"]')]);
    expect(await helper.locator('html').getAttribute('lang')).toBe(sheetLang);
    expect(await helper.textContent('h1')).toBe(getT(sheetLang)('helpers.sheet.title'));
    await helper.emulateMedia({ media: 'print' });
    expect(await helper.locator('a[href$="/helper/candidates/"], .no-print').first().isVisible()).toBe(false);
    await helper.emulateMedia({ media: 'screen' });
    await fitsTheScreen(helper);
  });

  test('the candidate sees who looked, withdraws, and the helper sees nothing on the next request', async () => {
    await candidate.reload();
    expect(await candidate.textContent('main')).toContain('Fatima El Idrissi');
    expect(await submit(candidate, 'form[action="/api/dossier/consents/withdraw"]')).toBe(200);
    expect(candidate.url()).toContain('done=withdrawn');
    expect(await candidate.locator('form[action="/api/dossier/consents/withdraw"]').count()).toBe(0);
    const again = await helper.goto(`${app.site.url}${consentPath}`);
    expect(again?.status()).toBe(404);
    await helper.goto(`${app.site.url}/${lang}/helper/`);
    expect(await helper.locator('main a[href*="/helper/candidates/"]').count()).toBe(0);
  });
});
