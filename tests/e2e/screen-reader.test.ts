import type { TFunction } from 'i18next';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { formatDate, getT } from '../../src/lib/i18n';
import { openPage } from '../support/browser';
import { logInBrowser } from '../support/login';
import { DOSSIER_AUDIT_CITIZEN, fillAndSubmit } from '../support/pages';
import {
  allowScreenReader,
  expectSaidInOrder,
  followLink,
  readToEnd,
  spokenSince,
  startScreenReader,
} from '../support/screen-reader';
import { useSiteInBrowser } from '../support/site-in-browser';

// What a screen reader says (the Virtual Screen Reader in Chromium, tests/support/screen-reader.ts)
// on the pages where it matters most, in Dutch and in Arabic (right to left).

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const app = useSiteInBrowser();
let page: Page;

beforeAll(async () => {
  page = await openPage(app.browser);
  await allowScreenReader(page);
  await page.clock.install();
  await logInBrowser(page, app.site.url, DOSSIER_AUDIT_CITIZEN);
});

/** Opens a page and reads it from where a screen reader starts to its end. */
async function hear(path: string): Promise<string[]> {
  await page.goto(`${app.site.url}${path}`);
  const arriving = await startScreenReader(page);
  return [...arriving, ...(await readToEnd(page))];
}

/** Sends the personal details form with a wrong phone number and a wrong e-mail address. */
async function sendTwoErrors(lang: string): Promise<void> {
  await page.goto(`${app.site.url}/${lang}/dossier/personal/change/`);
  await Promise.all([page.waitForNavigation(), page.evaluate(fillAndSubmit, { email: 'not an address', phone: '12' })]);
}

/**
 * The GOV.UK pattern as heard: on arriving, the first thing said is the error summary (an alert
 * that has focus), then its heading, then one link per error.
 */
function expectErrorSummaryFirst(spoken: string[], t: TFunction, messages: string[]): void {
  const first = spoken[1]; // after "document"
  if (first !== `alert, ${t('form.errorSummary')}`)
    throw new Error(`the first thing said is not the error summary: "${first}"`);
  expectSaidInOrder(spoken, [`heading, ${t('form.errorSummary')}, level 2`, ...messages.map((m) => `link, ${m}`)]);
}

describe.each(['nl', 'ar'] as const)('in %s', (lang) => {
  const t = getT(lang);
  const error = (key: string) => t(key);

  test('the home page: skip link, language menu, the page title, and the date asked as one group of three fields', async () => {
    const spoken = await hear(`/${lang}/`);
    expectSaidInOrder(spoken, [
      `link, ${t('skipLink.label')}`,
      `navigation, ${t('languageSwitcher.label')}`,
      'main',
      /^heading, .+, level 1$/,
      `heading, ${t('deadline.form.title')}, level 2`,
      `group, ${t('deadline.letter.label')}, ${t('deadline.letter.hint')}`,
      `textbox, ${t('form.date.day')}`,
      `textbox, ${t('form.date.month')}`,
      `textbox, ${t('form.date.year')}`,
      `group, ${t('deadline.kind.legend')}`,
      new RegExp(`^radio, .+, checked, position 1, set size 3$`),
      `button, ${t('deadline.form.submit')}`,
    ]);
  });

  test('the deadline answer: the title, then the last day, and the date typed read back', async () => {
    const spoken = await hear(`/api/deadline?letter-day=18&letter-month=3&letter-year=2024&kind=first&lang=${lang}`);
    expectSaidInOrder(spoken, [
      `heading, ${t('deadline.answer.title')}, level 1`,
      t('deadline.answer.lastDay', { date: formatDate('2024-04-17', lang) }),
      `textbox, ${t('form.date.day')}, 18`,
      `textbox, ${t('form.date.month')}, 3`,
      `textbox, ${t('form.date.year')}, 2024`,
    ]);
  });

  test('a change form with two errors: the error summary is said first, and each link moves to its field', async () => {
    await sendTwoErrors(lang);
    const phone = error('personal.phone.invalid');
    const email = error('personal.email.invalid');
    expectErrorSummaryFirst([...(await startScreenReader(page)), ...(await readToEnd(page, 12))], t, [phone, email]);
    const prefix = t('form.errorPrefix');
    expect((await followLink(page, phone)).at(-1)).toMatch(
      new RegExp(`^textbox, ${t('dossier.field.phone')}, 12, .*${prefix} ${escape(phone)}, invalid$`),
    );
    expect((await followLink(page, email)).at(-1)).toMatch(
      new RegExp(`^textbox, ${t('dossier.field.email')}, not an address, .*${prefix} ${escape(email)}, invalid$`),
    );
  });

  test('the check page: the title, each part as a named region with a change link, then the confirm button', async () => {
    const spoken = await hear(`/${lang}/dossier/check/`);
    const personal = t('dossier.section.personal');
    expectSaidInOrder(spoken, [
      /^heading, .+, level 1$/,
      `region, ${personal}`,
      `heading, ${personal}, level 2`,
      new RegExp(`^link, .+${escape(personal)}$`),
      `heading, ${t('dossier.confirm.title')}, level 2`,
      `button, ${t('dossier.confirm.button')}`,
    ]);
  });

  test('the confirmed page: the title, then the reference number as a term and its value', async () => {
    const spoken = await hear(`/${lang}/dossier/confirmed/`);
    expectSaidInOrder(spoken, [
      `heading, ${t('dossier.confirmed.title')}, level 1`,
      'term',
      t('dossier.confirmed.reference'),
      'definition',
      /^BI-\d{4}-[A-Z0-9]+$/,
      `heading, ${t('dossier.confirmed.next')}, level 2`,
    ]);
  });

  test('the session-timeout warning is said as a dialog with its text, and focus is on "Stay logged in"', async () => {
    await page.goto(`${app.site.url}/${lang}/dossier/`);
    await startScreenReader(page);
    await page.clock.fastForward('25:10');
    const title = t('auth.session.warning.title');
    expectSaidInOrder(await spokenSince(page), [
      `alertdialog, ${title}, ${t('auth.session.warning.text', { minutes: 5 })}`,
      `button, ${t('auth.session.extend')}`,
    ]);
  });
});

test('the check fails on an error summary without its role and heading', async () => {
  await sendTwoErrors('nl');
  const broken = (await page.content())
    .replace(' role="alert"', '')
    .replace(/<h2 id="error-summary-title">([^<]*)<\/h2>/, '<p>$1</p>');
  await page.route(`${app.site.url}/nl/broken-error-summary/`, (route) =>
    route.fulfill({ contentType: 'text/html', body: broken }),
  );
  await page.goto(`${app.site.url}/nl/broken-error-summary/`);
  const spoken = [...(await startScreenReader(page)), ...(await readToEnd(page, 12))];
  const t = getT('nl');
  const messages = [t('personal.phone.invalid'), t('personal.email.invalid')];
  expect(() => expectErrorSummaryFirst(spoken, t, messages)).toThrow('the first thing said is not the error summary');
  expect(spoken).not.toContain('alert, Er is een probleem');
});
