import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CITIZEN } from '../../dev/seed/candidates';
import { axeViolations } from '../support/axe-audit';
import { openPage } from '../support/browser';
import { logInStaffBrowser, logInStaffPuppeteer } from '../support/login';
import { launchPa11yBrowser, pa11yErrors } from '../support/pa11y-audit';
import { useSiteInBrowser } from '../support/site-in-browser';

// Every staff page and error state, in the three staff languages and in Arabic (the page in
// Dutch with a note in Arabic): axe (WCAG 2.0-2.2 A/AA and best practice) and pa11y (WCAG2AA).
// One login per tool; the states are visited one after the other with that session.
const app = useSiteInBrowser();
const files = mkdtempSync(path.join(tmpdir(), 'blijf-staff-a11y-'));
const proxyFile = path.join(files, 'volmacht.pdf');
const SARAH = `${CITIZEN.sarah.givenName} ${CITIZEN.sarah.familyName}`;

let axePage: Page;
let pa11yBrowser: PuppeteerBrowser;
let reference = '';

/** A page state: an address, and for an error after a form, what to type and which button to press. */
interface State {
  name: string;
  path: (lang: string) => string;
  status: number;
  post?: { fill: Record<string, string>; button: string };
}

const candidate = (lang: string) => `/${lang}/staff/candidates/${reference}/`;
const STATES: State[] = [
  { name: 'list, all', path: (lang) => `/${lang}/staff/?filter=all`, status: 200 },
  { name: 'list, at risk', path: (lang) => `/${lang}/staff/?filter=at-risk`, status: 200 },
  { name: 'list, a filter that does not exist', path: (lang) => `/${lang}/staff/?filter=nope`, status: 400 },
  { name: 'candidate', path: candidate, status: 200 },
  { name: 'candidate, after an act', path: (lang) => `${candidate(lang)}?done=proxy`, status: 200 },
  {
    name: 'candidate, an act without a reason',
    path: candidate,
    status: 400,
    post: { fill: {}, button: '#help-asked button[type="submit"]' },
  },
  { name: 'strike-off', path: (lang) => `${candidate(lang)}strike-off/`, status: 200 },
  {
    name: 'strike-off without a ground',
    path: (lang) => `${candidate(lang)}strike-off/`,
    status: 400,
    post: {
      fill: { '#strike-off-reason': 'De kandidaat vroeg het zelf aan het loket' },
      button: '#strike-off button[type="submit"]',
    },
  },
  { name: 'report', path: (lang) => `/${lang}/staff/report/`, status: 200 },
  { name: 'report, a date that does not exist', path: (lang) => `/${lang}/staff/report/?from=2026-02-31`, status: 400 },
];

beforeAll(async () => {
  const pdf = await PDFDocument.create();
  pdf.addPage().drawText('Volmacht');
  writeFileSync(proxyFile, await pdf.save());
  axePage = await openPage(app.browser);
  await logInStaffBrowser(axePage, app.site.url, 'staff-a1', 'nl');
  await axePage.goto(`${app.site.url}/nl/staff/?q=${encodeURIComponent(SARAH)}`);
  const href = await axePage.getAttribute(`main table a:text-is("${SARAH}")`, 'href');
  reference = /\/candidates\/([^/]+)\//.exec(href ?? '')?.[1] ?? '';
  expect(reference).not.toBe('');
  // One act done (the signed proxy), so the candidate page shows its history and the
  // confirmation form on every page audited.
  await axePage.goto(`${app.site.url}${candidate('nl')}`);
  await axePage.setInputFiles('#proxy-file', proxyFile);
  await axePage.fill('#proxy-reason', 'Volmacht getekend aan het loket');
  await Promise.all([axePage.waitForURL(/done=proxy/), axePage.click('#proxy button[type="submit"]')]);
  pa11yBrowser = await launchPa11yBrowser();
  const page = await pa11yBrowser.newPage();
  await logInStaffPuppeteer(page, app.site.url, 'staff-a1', 'nl');
  await page.close();
});
afterAll(async () => {
  await axePage?.context().close();
  await pa11yBrowser?.close();
});

/** Brings the Playwright page to the state; answers the status of the page shown. */
async function visitInPlaywright(page: Page, lang: string, state: State): Promise<number | undefined> {
  const answer = await page.goto(`${app.site.url}${state.path(lang)}`);
  if (!state.post) return answer?.status();
  for (const [selector, value] of Object.entries(state.post.fill)) await page.fill(selector, value);
  const [posted] = await Promise.all([page.waitForNavigation(), page.click(state.post.button)]);
  return posted?.status();
}

/** The same from a Puppeteer page, for pa11y. */
async function visitInPuppeteer(page: PuppeteerPage, lang: string, state: State): Promise<number | undefined> {
  const answer = await page.goto(`${app.site.url}${state.path(lang)}`);
  if (!state.post) return answer?.status();
  for (const [selector, value] of Object.entries(state.post.fill)) await page.type(selector, value);
  const [posted] = await Promise.all([page.waitForNavigation(), page.click(state.post.button)]);
  return posted?.status();
}

describe.each(['nl', 'fr', 'en', 'ar'] as const)('the staff pages in %s', (lang) => {
  test('axe: every page and error state', async () => {
    const found: Record<string, string[]> = {};
    for (const state of STATES) {
      expect(await visitInPlaywright(axePage, lang, state), state.name).toBe(state.status);
      expect(await axePage.getAttribute('html', 'lang'), state.name).toBe(lang === 'ar' ? 'nl' : lang);
      if (state.status === 400) expect(await axePage.locator('.error-summary').count(), state.name).toBe(1);
      if (lang === 'ar') expect(await axePage.locator('p[lang="ar"][dir="rtl"]').count(), state.name).toBe(1);
      found[state.name] = await axeViolations(axePage);
    }
    expect(found).toEqual(Object.fromEntries(STATES.map((s) => [s.name, []])));
  });

  test('pa11y: every page and error state', async () => {
    const found: Record<string, string[]> = {};
    for (const state of STATES) {
      const page = await pa11yBrowser.newPage();
      expect(await visitInPuppeteer(page, lang, state), state.name).toBe(state.status);
      found[state.name] = await pa11yErrors(page.url(), pa11yBrowser, page);
    }
    expect(found).toEqual(Object.fromEntries(STATES.map((s) => [s.name, []])));
  });
});
