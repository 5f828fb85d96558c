import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { TEST_CITIZENS } from '../../dev/seed/candidates';
import { Document } from '../../src/ui/Document';
import { SessionTimeout } from '../../src/features/auth/views/SessionTimeout';
import { db } from '../../src/platform/db/db';
import { IDLE_MINUTES, SESSION_COOKIE } from '../../src/features/auth/session';
import { axeViolations } from '../support/axe-audit';
import { openPage } from '../support/browser';
import { useSiteInBrowser } from '../support/site-in-browser';

const app = useSiteInBrowser();
// This test process reads the database too; registered after the site's, so its pool closes first.
afterAll(() => db().end());

const citizen = TEST_CITIZENS[0];
if (!citizen) throw new Error('the seed needs a test citizen');

/** From the sign-in page through the government login page (the local provider) back to the dossier. */
async function logIn(page: Page, lang: string, method: 'itsme' | 'eid', { audit = false } = {}) {
  await page.goto(`${app.site.url}/${lang}/sign-in/`);
  await Promise.all([page.waitForURL(`${app.site.identityProviderUrl}/**`), page.click('main a.button')]);
  if (audit) expect(await axeViolations(page)).toEqual([]);
  await Promise.all([page.waitForURL(/\/citizen\?/), page.click(`a[href$="method=${method}"]`)]);
  if (audit) expect(await axeViolations(page)).toEqual([]);
  await page.check(`input[value="${citizen?.nationalNumber}"]`);
  await Promise.all([page.waitForURL(`${app.site.url}/**`), page.click('button[type=submit] >> text=Aanmelden')]);
}

describe.each([
  ['nl', 'itsme', false],
  ['ar', 'eid', true],
] as const)('in %s with %s (JavaScript on: %s)', (lang, method, javaScriptEnabled) => {
  test('the Log in button leads through the government login page back to the dossier, with a safe cookie', async () => {
    const page = await openPage(app.browser, { javaScriptEnabled });
    // axe runs in the page, so the provider's pages are audited when JavaScript is on.
    await logIn(page, lang, method, { audit: javaScriptEnabled });
    expect(new URL(page.url()).pathname).toBe(`/${lang}/dossier/`);
    const cookie = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', expires: -1 });
    await page.context().close();
  });
});

/** A dossier page's session warning, rendered by the real component; the page around it does not matter. */
const pageWithTimeout = (csrfToken: string) =>
  `<!DOCTYPE html>${renderToString(
    h(Document, {
      lang: 'nl',
      title: 'Dossier',
      path: '/dossier/',
      children: [
        h('h1', null, 'Dossier'),
        h(SessionTimeout, { lang: 'nl', csrfToken, returnPath: '/nl/dossier/', idleMinutes: IDLE_MINUTES }),
      ],
    }),
  )}`;

test('5 minutes before the idle end a warning takes focus, and "Stay logged in" keeps the session (WCAG 2.2.1)', async () => {
  const page = await openPage(app.browser);
  await page.clock.install();
  await logIn(page, 'nl', 'itsme');
  const { rows } = await db().query<{ csrf_token: string }>(
    'SELECT csrf_token FROM sessions ORDER BY created_at DESC LIMIT 1',
  );
  await page.route(`${app.site.url}/nl/dossier/timeout/`, (route) =>
    route.fulfill({ contentType: 'text/html', body: pageWithTimeout(rows[0]?.csrf_token ?? '') }),
  );
  await page.goto(`${app.site.url}/nl/dossier/timeout/`);
  await expect(page.isVisible('[role=alertdialog]')).resolves.toBe(false);

  await page.clock.fastForward('24:00');
  await expect(page.isVisible('[role=alertdialog]')).resolves.toBe(false);
  await page.clock.fastForward('01:10');
  await expect(page.isVisible('[role=alertdialog]')).resolves.toBe(true);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('session-timeout-extend');
  expect(await axeViolations(page)).toEqual([]);

  const [extended] = await Promise.all([
    page.waitForResponse(`${app.site.url}/api/auth/extend`),
    page.keyboard.press('Enter'),
  ]);
  expect(extended.status()).toBe(204);
  await expect(page.isVisible('[role=alertdialog]')).resolves.toBe(false);
  await expect(page.textContent('[role=status]')).resolves.toBe('Je blijft ingelogd.');

  await page.clock.fastForward('30:10');
  await expect(page.textContent('#session-timeout-text')).resolves.toContain('Je bent uitgelogd');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Opnieuw inloggen');
  await page.context().close();
});
