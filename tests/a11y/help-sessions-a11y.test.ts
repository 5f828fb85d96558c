import type { Page } from 'playwright-core';
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SEED_SESSION } from '../../dev/seed/help-sessions';
import { LANGUAGES } from '../../src/lib/languages';
import { axeViolations } from '../support/axe-audit';
import { openPage } from '../support/browser';
import { addSession, referenceOn } from '../support/help-sessions';
import { logInStaffBrowser, logInStaffPuppeteer } from '../support/login';
import { launchPa11yBrowser, pa11yErrors } from '../support/pa11y-audit';
import { useSiteInBrowser } from '../support/site-in-browser';

// Every help session page and state a person meets, in all eight languages: axe (WCAG 2.0-2.2
// A/AA and best practice) and pa11y (WCAG2AA); the staff pages in nl and in ar (Dutch with a
// note). One page per tool, reused; one staff login per tool.
const app = useSiteInBrowser();
let axePage: Page;
let pa11yBrowser: PuppeteerBrowser;
/** A session with room for every booking these audits make. */
let roomy = '';

/** A page state: an address, and for the answer to a form, what to type and which button to press. */
interface State {
  name: string;
  path: (lang: string) => string;
  status: number;
  post?: { fill: () => Promise<Record<string, string>>; button: string };
}

const sessionPath = (id: () => string) => (lang: string) => `/${lang}/help-near-me/sessions/${id()}/`;
const BOOK = 'form[action="/api/help-sessions/book"] button[type="submit"]';
const CANCEL = 'form[action="/api/help-sessions/cancel"] button[type="submit"]';

/** A fresh reservation's reference, booked the way a browser posts the form. */
async function freshReference(): Promise<string> {
  const body = new URLSearchParams({
    lang: 'nl',
    session: roomy,
    idempotencyKey: crypto.randomUUID(),
    firstName: 'Ana',
    phone: '0470 12 34 56',
  });
  const response = await fetch(`${app.site.url}/api/help-sessions/book`, { method: 'POST', body });
  return referenceOn(await response.text());
}

const PUBLIC: State[] = [
  { name: 'results with sessions', path: (lang) => `/api/help?q=9000&lang=${lang}`, status: 200 },
  { name: 'session', path: sessionPath(() => roomy), status: 200 },
  { name: 'full session', path: sessionPath(() => SEED_SESSION.full), status: 200 },
  {
    name: 'booking without a name or phone',
    path: sessionPath(() => roomy),
    status: 400,
    post: { fill: async () => ({ '#phone': '12' }), button: BOOK },
  },
  {
    name: 'reservation',
    path: sessionPath(() => roomy),
    status: 201,
    post: { fill: async () => ({ '#firstName': 'Olena', '#phone': '0470 12 34 56' }), button: BOOK },
  },
  { name: 'cancel', path: (lang) => `/${lang}/help-near-me/cancel/`, status: 200 },
  {
    name: 'cancel done',
    path: (lang) => `/${lang}/help-near-me/cancel/`,
    status: 200,
    post: { fill: async () => ({ '#reference': await freshReference() }), button: CANCEL },
  },
  {
    name: 'cancel, unknown reference',
    path: (lang) => `/${lang}/help-near-me/cancel/`,
    status: 404,
    post: { fill: async () => ({ '#reference': 'AAA-AAA-AAAA' }), button: CANCEL },
  },
];

const STAFF: State[] = [
  { name: 'staff sessions', path: (lang) => `/${lang}/staff/sessions/`, status: 200 },
  {
    name: 'staff publish without anything',
    path: (lang) => `/${lang}/staff/sessions/`,
    status: 400,
    post: { fill: async () => ({ '#places': '0' }), button: 'form[action="/api/staff/sessions"] button' },
  },
  { name: 'staff reservations', path: (lang) => `/${lang}/staff/sessions/${SEED_SESSION.full}/`, status: 200 },
];

beforeAll(async () => {
  roomy = await addSession({ places: 200, municipality: 'Gent', postcode: '9000' });
  axePage = await openPage(app.browser);
  await logInStaffBrowser(axePage, app.site.url, 'staff-a1', 'nl');
  pa11yBrowser = await launchPa11yBrowser();
  const page = await pa11yBrowser.newPage();
  await logInStaffPuppeteer(page, app.site.url, 'staff-a1', 'nl');
  await page.close();
});
afterAll(async () => {
  await axePage?.context().close();
  await pa11yBrowser?.close();
});

async function visitInPlaywright(page: Page, lang: string, state: State): Promise<number | undefined> {
  const answer = await page.goto(`${app.site.url}${state.path(lang)}`);
  if (!state.post) return answer?.status();
  for (const [selector, value] of Object.entries(await state.post.fill())) await page.fill(selector, value);
  const [posted] = await Promise.all([page.waitForNavigation(), page.click(state.post.button)]);
  return posted?.status();
}

async function visitInPuppeteer(page: PuppeteerPage, lang: string, state: State): Promise<number | undefined> {
  const answer = await page.goto(`${app.site.url}${state.path(lang)}`);
  if (!state.post) return answer?.status();
  for (const [selector, value] of Object.entries(await state.post.fill())) await page.type(selector, value);
  const [posted] = await Promise.all([page.waitForNavigation(), page.click(state.post.button)]);
  return posted?.status();
}

async function axeStates(lang: string, states: State[]) {
  const found: Record<string, string[]> = {};
  for (const state of states) {
    expect(await visitInPlaywright(axePage, lang, state), state.name).toBe(state.status);
    if (state.status === 400) expect(await axePage.locator('.error-summary').count(), state.name).toBe(1);
    found[state.name] = await axeViolations(axePage);
  }
  expect(found).toEqual(Object.fromEntries(states.map((s) => [s.name, []])));
}

async function pa11yStates(lang: string, states: State[]) {
  const found: Record<string, string[]> = {};
  for (const state of states) {
    const page = await pa11yBrowser.newPage();
    expect(await visitInPuppeteer(page, lang, state), state.name).toBe(state.status);
    found[state.name] = await pa11yErrors(page.url(), pa11yBrowser, page);
  }
  expect(found).toEqual(Object.fromEntries(states.map((s) => [s.name, []])));
}

describe.each(LANGUAGES)('the help session pages in %s', (lang) => {
  test('axe: every page and state', () => axeStates(lang, PUBLIC));
  test('pa11y: every page and state', () => pa11yStates(lang, PUBLIC));
});

describe.each(['nl', 'ar'])('the staff help session pages in %s', (lang) => {
  test('axe: every page and state', () => axeStates(lang, STAFF));
  test('pa11y: every page and state', () => pa11yStates(lang, STAFF));
});
