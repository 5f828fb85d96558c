import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { SEED_SESSION } from '../../dev/seed/help-sessions';
import { openPage } from '../support/browser';
import { useSiteInBrowser } from '../support/site-in-browser';

// Issue 12's help sessions as a person without JavaScript on a small phone finds them: search
// Gent's postcode, open the session with one place left, book it, keep the reference and the
// calendar file; the next person finds it full with a link to the next one; then cancel.
const app = useSiteInBrowser();
const PHONE = { javaScriptEnabled: false, viewport: { width: 320, height: 640 } };

/** Sends the form with this action and answers the status of the page the browser lands on. */
async function send(page: Page, action: string): Promise<number | undefined> {
  const [response] = await Promise.all([
    page.waitForNavigation(),
    page.locator(`form[action="${action}"] button[type="submit"]`).click(),
  ]);
  return response?.status();
}

/** What a person reads, in the two languages of this journey. */
const SAYS: Record<string, { full: string; cancelled: string }> = {
  nl: { full: 'Deze sessie is volzet', cancelled: 'Je reservatie is geannuleerd' },
  ar: { full: 'هذه الجلسة ممتلئة (volzet)', cancelled: 'تم إلغاء حجزك' },
};

const fitsTheScreen = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= 320);

describe.each(['nl', 'ar'])('with JavaScript off at 320 px, in %s', (lang) => {
  let reference = '';
  const says = SAYS[lang] ?? { full: '', cancelled: '' };

  test('the help search shows the Ghent session; booking it answers the reservation with a reference', async () => {
    const page = await openPage(app.browser, PHONE);
    await page.goto(`${app.site.url}/${lang}/help-near-me/`);
    await page.fill('#q', '9000');
    expect(await send(page, '/api/help')).toBe(200);
    const link = page.locator(`a[href="/${lang}/help-near-me/sessions/${SEED_SESSION.oneLeft}/"]`);
    await Promise.all([page.waitForNavigation(), link.click()]);
    expect(await page.textContent('main')).toContain('Miriam Makebaplein 1');
    expect(await fitsTheScreen(page)).toBe(true);

    await page.fill('#firstName', 'Fatma');
    await page.fill('#phone', '0470 11 22 33');
    expect(await send(page, '/api/help-sessions/book')).toBe(201);
    reference = (await page.textContent('#reference'))?.trim() ?? '';
    expect(reference).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{4}$/);
    expect(await page.getAttribute('html', 'dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    expect(page.url()).not.toContain(reference.replaceAll('-', ''));
    expect(page.url()).not.toContain('Fatma');
    expect(await fitsTheScreen(page)).toBe(true);
    const printed = await PDFDocument.load(await page.pdf({ format: 'A4' }));
    expect(printed.getPageCount()).toBe(1);

    const ics = (await page.getAttribute('a[href*="calendar.ics"]', 'href')) ?? '';
    expect(ics).not.toContain(reference.replaceAll('-', ''));
    const file = await page.context().request.get(`${app.site.url}${ics}`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toContain('text/calendar');
    const text = await file.text();
    expect(text).toContain('BEGIN:VEVENT');
    expect(text).toContain('DTSTART;TZID=Europe/Brussels:');
    expect(text).not.toContain('Fatma');
    await page.context().close();
  });

  test('the next person finds the session full, with a link to the next session', async () => {
    const page = await openPage(app.browser, PHONE);
    await page.goto(`${app.site.url}/${lang}/help-near-me/sessions/${SEED_SESSION.oneLeft}/`);
    expect(await page.locator('#full').count()).toBe(1);
    expect(await page.textContent('#full')).toContain(says.full);
    expect(await page.locator('#firstName').count()).toBe(0);
    await Promise.all([page.waitForNavigation(), page.click('#next-session')]);
    expect(page.url()).toContain(`/${lang}/help-near-me/sessions/${SEED_SESSION.threeLeft}/`);
    expect(await page.locator('#firstName').count()).toBe(1);
    expect(await fitsTheScreen(page)).toBe(true);
    await page.context().close();
  });

  test('cancelling with the reference frees the place again', async () => {
    const page = await openPage(app.browser, PHONE);
    await page.goto(`${app.site.url}/${lang}/help-near-me/cancel/`);
    await page.fill('#reference', reference);
    expect(await send(page, '/api/help-sessions/cancel')).toBe(200);
    expect(await page.locator('main [role="status"]').count()).toBe(1);
    expect(await page.textContent('main')).toContain(says.cancelled);
    expect(await fitsTheScreen(page)).toBe(true);
    await page.goto(`${app.site.url}/${lang}/help-near-me/sessions/${SEED_SESSION.oneLeft}/`);
    expect(await page.locator('#firstName').count()).toBe(1);
    await page.context().close();
  });
});
