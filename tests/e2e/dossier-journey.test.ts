import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { CITIZEN } from '../../dev/seed/candidates';
import { SECTIONS } from '../../src/features/dossier/model/types';
import { getT } from '../../src/lib/i18n';
import type { Lang } from '../../src/lib/languages';
import { db } from '../../src/platform/db/db';
import { openPage } from '../support/browser';
import { logInBrowser } from '../support/login';
import { useSiteInBrowser } from '../support/site-in-browser';

const app = useSiteInBrowser();
// This test process reads the database too; registered after the site's, so its pool closes first.
afterAll(() => db().end());

const confirmationCount = async (nationalNumber: string) =>
  Number(
    (
      await db().query<{ count: string }>(
        `SELECT count(*) AS count FROM confirmations f JOIN dossiers d ON d.id = f.dossier_id
          JOIN candidates c ON c.id = d.candidate_id WHERE c.national_number = $1`,
        [nationalNumber],
      )
    ).rows[0]?.count,
  );

/**
 * Clicks the button of the form that posts to `action` and waits for the page it leads to. A
 * double click sends the form twice: the second navigation may cut the first one short, so what
 * counts is the page the browser ends on.
 */
async function submit(page: Page, action: string, landsOn: string, click: 'click' | 'dblclick' = 'click') {
  const target = `${app.site.url}${landsOn}`;
  if (click === 'click') {
    await Promise.all([page.waitForURL(target), page.click(`form[action="${action}"] button`)]);
    return;
  }
  await page.dblclick(`form[action="${action}"] button`);
  await expect.poll(() => page.url(), { timeout: 30_000 }).toBe(target);
  await page.waitForLoadState('load');
}

describe.each([
  ['nl', true, CITIZEN.sarah],
  ['nl', false, CITIZEN.pieter],
  ['ar', true, CITIZEN.mohamed],
  ['ar', false, CITIZEN.hatice],
] as const)('in %s, JavaScript on: %s', (lang: Lang, javaScriptEnabled, citizen) => {
  test('log in, check every part, correct the income, confirm twice, get one confirmation and the receipt', async () => {
    const t = getT(lang);
    const page = await openPage(app.browser, { javaScriptEnabled, viewport: { width: 320, height: 640 } });
    await logInBrowser(page, app.site.url, citizen.nationalNumber, lang);
    expect(await page.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');

    for (const section of SECTIONS) {
      await page.goto(`${app.site.url}/${lang}/dossier/${section}/`);
      await submit(page, '/api/dossier/check', `/${lang}/dossier/`).catch(async (error: unknown) => {
        throw new Error(`${section}: ${await page.locator('main').innerText()}`, { cause: error });
      });
    }

    await page.goto(`${app.site.url}/${lang}/dossier/income/change/`);
    await page.fill('#amount', '23150');
    await submit(page, '/api/dossier/save', `/${lang}/dossier/income/`);
    await expect(page.locator('.changed').first().textContent()).resolves.toBe(t('dossier.changedLabel'));

    await page.goto(`${app.site.url}/${lang}/dossier/check/`);
    await expect(page.locator('.changed').count()).resolves.toBeGreaterThan(0);
    // A double click sends the form twice; the idempotency key makes that one confirmation.
    await submit(page, '/api/dossier/confirm', `/${lang}/dossier/confirmed/`, 'dblclick');
    const reference = await page.locator('dd strong').first().textContent();
    expect(reference).toMatch(/^BI-/);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('a[href^="/api/dossier/receipt"]'),
    ]);
    const pdf = await download.createReadStream();
    const firstBytes = await new Promise<string>((resolve) => pdf.once('data', (chunk) => resolve(String(chunk))));
    expect(firstBytes.slice(0, 5)).toBe('%PDF-');

    // Back to the check page and confirm again: the same confirmation, still one in the database.
    await page.goBack();
    await page.goto(`${app.site.url}/${lang}/dossier/check/`);
    await submit(page, '/api/dossier/confirm', `/${lang}/dossier/confirmed/`);
    await expect(page.locator('dd strong').first().textContent()).resolves.toBe(reference);
    expect(await confirmationCount(citizen.nationalNumber)).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.context().close();
  });
});
