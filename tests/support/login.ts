import type { Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer';
import { form } from './in-process';
import { logIn } from './log-in';

type SiteRequest = (path: string, init?: RequestInit) => Promise<Response>;

/** A logged-in person for function tests: their cookie, their CSRF token, and requests as them. */
export interface Citizen {
  cookie: string;
  csrf: string;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  post(path: string, values: Record<string, string>, headers?: Record<string, string>): Promise<Response>;
}

/**
 * Logs a seeded test citizen in through the real flow (the site's login, the local identity
 * provider's pages, the callback) and reads the CSRF token from the dossier page, as a browser
 * would have it in its forms.
 */
export async function logInAs(request: SiteRequest, nationalNumber: string, lang = 'nl'): Promise<Citizen> {
  const { response, jar } = await logIn(request, nationalNumber, { lang });
  if (response.status !== 303) throw new Error(`login failed: ${response.status}`);
  const cookie = jar.header();
  const page = await (await request(`/${lang}/dossier/`, { headers: { Cookie: cookie } })).text();
  const csrf = /name="csrf" value="([^"]+)"/.exec(page)?.[1];
  if (!csrf) throw new Error('no CSRF token on the dossier page');
  return {
    cookie,
    csrf,
    get: (path, headers = {}) => request(path, { headers: { Cookie: cookie, ...headers } }),
    post: (path, values, headers = {}) => request(path, form({ csrf, ...values }, { Cookie: cookie, ...headers })),
  };
}

/**
 * The provider's steps from a Playwright page: the site's login address, "itsme" on the local
 * provider's page, the test person with this value (a national number or a staff id),
 * "Aanmelden"; the page ends on `returnPath`.
 */
async function chooseInBrowser(page: Page, siteUrl: string, chosen: string, lang: string, returnPath: string) {
  await page.goto(`${siteUrl}/api/auth/login?lang=${lang}&return=${encodeURIComponent(returnPath)}`);
  await Promise.all([page.waitForURL(/method=itsme/), page.click('a[href$="method=itsme"]')]);
  await page.check(`input[name="citizen"][value="${chosen}"]`);
  await Promise.all([page.waitForURL(`${siteUrl}${returnPath}`), page.click('form[action$="/login"] button')]);
}

/** The same steps from a Puppeteer page (pa11y drives Puppeteer, not Playwright). */
async function chooseInPuppeteer(
  page: PuppeteerPage,
  siteUrl: string,
  chosen: string,
  lang: string,
  returnPath: string,
) {
  await page.goto(`${siteUrl}/api/auth/login?lang=${lang}&return=${encodeURIComponent(returnPath)}`);
  await Promise.all([page.waitForNavigation(), page.click('a[href$="method=itsme"]')]);
  await page.click(`input[name="citizen"][value="${chosen}"]`);
  await Promise.all([page.waitForNavigation(), page.click('form[action$="/login"] button')]);
  if (page.url() !== `${siteUrl}${returnPath}`) throw new Error(`login ended on ${page.url()}`);
}

/** Logs a test citizen in from a real browser page; the page ends on the dossier. */
export function logInBrowser(
  page: Page,
  siteUrl: string,
  nationalNumber: string,
  lang = 'nl',
  returnPath = `/${lang}/dossier/`,
): Promise<void> {
  return chooseInBrowser(page, siteUrl, nationalNumber, lang, returnPath);
}

/** The same login as logInBrowser, from a Puppeteer page. */
export function logInPuppeteer(
  page: PuppeteerPage,
  siteUrl: string,
  nationalNumber: string,
  lang = 'nl',
  returnPath = `/${lang}/dossier/`,
): Promise<void> {
  return chooseInPuppeteer(page, siteUrl, nationalNumber, lang, returnPath);
}

/**
 * Logs a test staff member (`staff-a1`, `staff-a2`, `staff-b1`) in from a real browser page,
 * chosen on the same provider page after the test citizens; the page ends on the staff list.
 */
export function logInStaffBrowser(
  page: Page,
  siteUrl: string,
  staffId: string,
  lang = 'nl',
  home: 'staff' | 'helper' = 'staff',
): Promise<void> {
  return chooseInBrowser(page, siteUrl, staffId, lang, `/${lang}/${home}/`);
}

/** The same staff login as logInStaffBrowser, from a Puppeteer page. */
export function logInStaffPuppeteer(
  page: PuppeteerPage,
  siteUrl: string,
  staffId: string,
  lang = 'nl',
  home: 'staff' | 'helper' = 'staff',
): Promise<void> {
  return chooseInPuppeteer(page, siteUrl, staffId, lang, `/${lang}/${home}/`);
}

/**
 * Logs a test staff member (`staff-a1`, `staff-a2`, `staff-b1`) or, with home `helper`, a test
 * helper (`helper-ocmw-1`, `helper-digipunt-1`) in through the same flow and reads the CSRF token
 * from their start page.
 */
export async function logInStaff(
  request: SiteRequest,
  staffId: string,
  lang = 'nl',
  home: 'staff' | 'helper' = 'staff',
): Promise<Citizen> {
  const { response, jar } = await logIn(request, staffId, { lang, returnPath: `/${lang}/${home}/` });
  if (response.status !== 303) throw new Error(`${home} login failed: ${response.status}`);
  const cookie = jar.header();
  const page = await (await request(`/${lang}/${home}/`, { headers: { Cookie: cookie } })).text();
  const csrf = /name="csrf" value="([^"]+)"/.exec(page)?.[1];
  if (!csrf) throw new Error(`no CSRF token on the ${home} page`);
  return {
    cookie,
    csrf,
    get: (path, headers = {}) => request(path, { headers: { Cookie: cookie, ...headers } }),
    post: (path, values, headers = {}) => request(path, form({ csrf, ...values }, { Cookie: cookie, ...headers })),
  };
}
