import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { formatDate } from '../../src/lib/i18n';
import { openPage } from '../support/browser';
import { useSiteInBrowser } from '../support/site-in-browser';

const app = useSiteInBrowser();

/** An old small phone with JavaScript off. */
const oldPhone = () => openPage(app.browser, { viewport: { width: 320, height: 640 }, javaScriptEnabled: false });

async function fitsTheScreen(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(320);
}

describe.each(['nl', 'ar', 'pl'] as const)('with JavaScript off on a 320 px screen, in %s', (lang) => {
  test('a first letter of 18 March 2024 gives 17 April 2024 as the last day, and a calendar file', async () => {
    const page = await oldPhone();
    await page.goto(`${app.site.url}/${lang}/`);
    expect(await page.getAttribute('html', 'dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    await fitsTheScreen(page);
    // The date in three fields, as typed from the letter: day, month, year.
    await page.fill('#letter-day', '18');
    await page.fill('#letter-month', '3');
    await page.fill('#letter-year', '2024');
    await page.check('#kind');
    await Promise.all([page.waitForNavigation(), page.click('form[action="/api/deadline"] button[type=submit]')]);
    await expect(page.textContent('main')).resolves.toContain(formatDate('2024-04-17', lang));
    await fitsTheScreen(page);
    const calendarLink = await page.getAttribute('a[href*="format=ics"]', 'href');
    const calendar = await page.request.get(`${app.site.url}${calendarLink}`);
    expect(calendar.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(await calendar.text()).toContain('DTSTART;VALUE=DATE:20240417');
  });

  test('a wrong date is explained in the form, in the page language', async () => {
    const page = await oldPhone();
    await page.goto(`${app.site.url}/${lang}/deadline/`);
    await page.fill('#letter-day', '30');
    await page.fill('#letter-month', '2');
    await page.fill('#letter-year', '2024');
    await Promise.all([page.waitForNavigation(), page.click('form[action="/api/deadline"] button[type=submit]')]);
    expect(await page.title()).toMatch(/^\S+:? /);
    const summary = page.locator('.error-summary');
    await expect(summary.getAttribute('role')).resolves.toBe('alert');
    expect(await summary.locator('a').getAttribute('href')).toBe('#letter-day');
    // Followed without JavaScript, the link puts the focus in the day field.
    await summary.locator('a').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('letter-day');
    await fitsTheScreen(page);
  });

  test('a way to log in and a way without logging in can be found from the home page', async () => {
    const page = await oldPhone();
    await page.goto(`${app.site.url}/${lang}/`);
    await Promise.all([page.waitForNavigation(), page.click(`main a[href="/${lang}/login/no-login/"]`)]);
    await page.fill('#fullName', 'Amina Test');
    await page.fill('#address', 'Voorbeeldstraat 1, 9000 Gent');
    await page.fill('#housingCompany', 'Woonmaatschappij Gent');
    await page.check('#reason-no-card-reader');
    await Promise.all([page.waitForNavigation(), page.click('form[action="/api/letter/proxy"] button[type=submit]')]);
    await expect(page.textContent('.letter')).resolves.toContain('ik heb geen kaartlezer');
    await page.goto(`${app.site.url}/${lang}/login/`);
    await Promise.all([page.waitForNavigation(), page.click(`a[href="/${lang}/login/itsme/"] >> nth=0`)]);
    expect(page.url()).toBe(`${app.site.url}/${lang}/login/itsme/`);
  });

  test('help near me is found from the "Need help?" link on every page', async () => {
    const page = await oldPhone();
    await page.goto(`${app.site.url}/${lang}/words/`);
    await Promise.all([page.waitForNavigation(), page.click('header a.help')]);
    await page.fill('#q', '9000');
    await Promise.all([page.waitForNavigation(), page.click('form[action="/api/help"] button[type=submit]')]);
    const places = await page.locator('#help-points li').allTextContents();
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) expect(place).toContain('Gent');
    await fitsTheScreen(page);
  });
});

describe('with JavaScript on', () => {
  test('the help list filters as you type, and says how many places it shows', async () => {
    const page = await openPage(app.browser);
    await page.goto(`${app.site.url}/nl/help-near-me/`);
    const all = await page.locator('#help-points li:visible').count();
    await page.fill('#q', 'Leuven');
    await expect.poll(() => page.locator('#help-points li:visible').count()).toBeLessThan(all);
    await expect(page.textContent('#help-count')).resolves.toContain(
      String(await page.locator('#help-points li:visible').count()),
    );
  });

  test('the PIN page compares the wait with the days left it got from the calculator', async () => {
    const page = await openPage(app.browser);
    await page.goto(`${app.site.url}/en/login/pin-forgotten/?deadline=2020-01-01`);
    await expect(page.textContent('#pin-wait')).resolves.toContain('too late');
  });

  test('"Read aloud" shows only where the browser can speak', async () => {
    const page = await openPage(app.browser);
    await page.addInitScript(() => {
      // @ts-expect-error: a browser without speech synthesis
      delete window.speechSynthesis;
    });
    await page.goto(`${app.site.url}/nl/`);
    expect(await page.isVisible('#read-aloud')).toBe(false);
    const speaking = await openPage(app.browser);
    await speaking.goto(`${app.site.url}/nl/`);
    const supported = await speaking.evaluate(() => 'speechSynthesis' in window);
    expect(await speaking.isVisible('#read-aloud')).toBe(supported);
  });
});
