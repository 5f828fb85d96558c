import type { Page } from 'playwright-core';
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CITIZEN } from '../../dev/seed/candidates';
import { LANGUAGES } from '../../src/lib/languages';
import { axeViolations } from '../support/axe-audit';
import { openPage } from '../support/browser';
import { logInBrowser, logInPuppeteer, logInStaffBrowser, logInStaffPuppeteer } from '../support/login';
import { launchPa11yBrowser, pa11yErrors } from '../support/pa11y-audit';
import { useSiteInBrowser } from '../support/site-in-browser';

// Issue 12's consent pages: the candidate's (all eight languages) and the helper's (nl, fr, en,
// and Arabic: the Dutch page with a note), every state and error state, by axe (WCAG 2.0-2.2
// A/AA and best practice) and pa11y (WCAG2AA). One login per person and tool.
const app = useSiteInBrowser();
const WHO = CITIZEN.jan;

interface State {
  name: string;
  path: (lang: string) => string;
  status: number;
  /** A form to send from the page (the button's selector), for an error state. */
  button?: string;
}

let consentId = '';
const GIVE = 'form[action="/api/dossier/consents"] button[type="submit"]';
const candidateStates = (before: boolean): State[] =>
  before
    ? [
        { name: 'no consent yet', path: (l) => `/${l}/dossier/helpers/`, status: 200 },
        { name: 'nothing chosen', path: (l) => `/${l}/dossier/helpers/`, status: 400, button: GIVE },
      ]
    : [
        { name: 'consents with views', path: (l) => `/${l}/dossier/helpers/`, status: 200 },
        { name: 'just given', path: (l) => `/${l}/dossier/helpers/?done=given`, status: 200 },
        { name: 'just withdrawn', path: (l) => `/${l}/dossier/helpers/?done=withdrawn`, status: 200 },
        { name: 'nothing chosen, with consents', path: (l) => `/${l}/dossier/helpers/`, status: 400, button: GIVE },
        { name: 'the dossier overview with its link', path: (l) => `/${l}/dossier/`, status: 200 },
      ];
const helperStates = (before: boolean): State[] =>
  before
    ? [{ name: 'nobody gave consent', path: (l) => `/${l}/helper/`, status: 200 }]
    : [
        { name: 'list', path: (l) => `/${l}/helper/`, status: 200 },
        { name: 'progress', path: (l) => `/${l}/helper/candidates/${consentId}/`, status: 200 },
        {
          name: 'a consent that is not there',
          path: (l) => `/${l}/helper/candidates/${WHO.nationalNumber}/`,
          status: 404,
        },
      ];
const sheetStates: State[] = LANGUAGES.map((l) => ({
  name: `sheet in ${l}`,
  path: (lang) => `/${lang}/helper/candidates/${consentId}/sheet/?in=${l}`,
  status: 200,
}));

let candidateAxe: Page;
let helperAxe: Page;
let pa11yCandidate: PuppeteerBrowser;
let pa11yHelper: PuppeteerBrowser;

beforeAll(async () => {
  candidateAxe = await openPage(app.browser);
  helperAxe = await openPage(app.browser);
  await logInBrowser(candidateAxe, app.site.url, WHO.nationalNumber);
  await logInStaffBrowser(helperAxe, app.site.url, 'helper-ocmw-1', 'nl', 'helper');
  [pa11yCandidate, pa11yHelper] = await Promise.all([launchPa11yBrowser(), launchPa11yBrowser()]);
  const [candidate, helper] = await Promise.all([pa11yCandidate.newPage(), pa11yHelper.newPage()]);
  await logInPuppeteer(candidate, app.site.url, WHO.nationalNumber);
  await logInStaffPuppeteer(helper, app.site.url, 'helper-ocmw-1', 'nl', 'helper');
  await Promise.all([candidate.close(), helper.close()]);
});
afterAll(async () => {
  await candidateAxe?.context().close();
  await helperAxe?.context().close();
  await pa11yCandidate?.close();
  await pa11yHelper?.close();
});

async function visit(page: Page, lang: string, state: State): Promise<number | undefined> {
  const answer = await page.goto(`${app.site.url}${state.path(lang)}`);
  if (!state.button) return answer?.status();
  const [posted] = await Promise.all([page.waitForNavigation(), page.click(state.button)]);
  return posted?.status();
}

async function visitPuppeteer(page: PuppeteerPage, lang: string, state: State): Promise<number | undefined> {
  const answer = await page.goto(`${app.site.url}${state.path(lang)}`);
  if (!state.button) return answer?.status();
  const [posted] = await Promise.all([page.waitForNavigation(), page.click(state.button)]);
  return posted?.status();
}

/** axe and pa11y findings of every state in every language, by "lang: state". */
async function audit(page: Page, pa11y: PuppeteerBrowser, langs: readonly string[], states: State[]) {
  const found: Record<string, string[]> = {};
  for (const lang of langs) {
    for (const state of states) {
      const name = `${lang}: ${state.name}`;
      expect(await visit(page, lang, state), name).toBe(state.status);
      const axe = await axeViolations(page);
      const other = await pa11y.newPage();
      expect(await visitPuppeteer(other, lang, state), name).toBe(state.status);
      const errors = await pa11yErrors(other.url(), pa11y, other);
      found[name] = [...axe, ...errors];
    }
  }
  const names = langs.flatMap((lang) => states.map((state) => `${lang}: ${state.name}`));
  expect(found).toEqual(Object.fromEntries(names.map((name) => [name, []])));
}

const HELPER_LANGS = ['nl', 'fr', 'en', 'ar'] as const;

/** One language's states take some 3 s on a quiet machine; CI's shared cores need more room. */
const PER_LANGUAGE_MS = 120_000;

describe('before any consent', () => {
  test.each(LANGUAGES)(
    "the candidate's consent page and its error, in %s",
    async (lang) => {
      await audit(candidateAxe, pa11yCandidate, [lang], candidateStates(true));
    },
    PER_LANGUAGE_MS,
  );
  test(
    "the helper's empty list",
    async () => {
      await audit(helperAxe, pa11yHelper, HELPER_LANGS, helperStates(true));
    },
    PER_LANGUAGE_MS,
  );
});

describe('with a running consent, a withdrawn one and looks', () => {
  beforeAll(async () => {
    const give = async (organisation: string, months: string) => {
      await candidateAxe.goto(`${app.site.url}/nl/dossier/helpers/`);
      await candidateAxe.selectOption('#organisation', organisation);
      await candidateAxe.check(`input[name="months"][value="${months}"]`);
      await Promise.all([candidateAxe.waitForNavigation(), candidateAxe.click(GIVE)]);
    };
    await give('gent-digipunt', '1');
    await Promise.all([
      candidateAxe.waitForNavigation(),
      candidateAxe.click('form[action="/api/dossier/consents/withdraw"] button'),
    ]);
    await give('gent-ocmw', '6');
    consentId = (await candidateAxe.getAttribute('input[name="consent"]', 'value')) ?? '';
    expect(consentId).toMatch(/^[0-9a-f-]{36}$/);
    await helperAxe.goto(`${app.site.url}/nl/helper/candidates/${consentId}/`);
  });

  test.each(LANGUAGES)(
    "the candidate's pages in %s",
    async (lang) => {
      await audit(candidateAxe, pa11yCandidate, [lang], candidateStates(false));
    },
    PER_LANGUAGE_MS,
  );
  test.each(HELPER_LANGS)(
    "the helper's pages in %s",
    async (lang) => {
      await audit(helperAxe, pa11yHelper, [lang], helperStates(false));
    },
    PER_LANGUAGE_MS,
  );
  test(
    'the printed sheet in every language',
    async () => {
      await audit(helperAxe, pa11yHelper, ['nl'], sheetStates);
    },
    PER_LANGUAGE_MS * 2,
  );
});
