import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CITIZEN } from '../../dev/seed/candidates';
import { todayInBelgium } from '../../src/lib/dates';
import { openPage } from '../support/browser';
import { logInStaffBrowser } from '../support/login';
import { useSiteInBrowser } from '../support/site-in-browser';

// The staff journeys of issue 11 as a housing company's staff member goes through them, with
// JavaScript off (plain forms only): find Sarah, record her signed proxy, confirm her dossier for
// her, strike off another candidate with a ground; then staff of the other company see none of it.
const files = mkdtempSync(path.join(tmpdir(), 'blijf-staff-e2e-'));
const proxyFile = path.join(files, 'volmacht.pdf');
const SARAH = `${CITIZEN.sarah.givenName} ${CITIZEN.sarah.familyName}`;

beforeAll(async () => {
  const pdf = await PDFDocument.create();
  pdf.addPage().drawText('Volmacht - getekend door Sarah Peeters');
  writeFileSync(proxyFile, await pdf.save());
});

/** Today in Belgium as staff type it from a letter: 03-12-2026. */
const todayTyped = () => todayInBelgium().split('-').reverse().join('-');

interface Row {
  name: string;
  reference: string;
  status: string;
}

/** The candidates table as shown: name (the link), dossier reference, status column. */
async function rows(page: Page): Promise<Row[]> {
  return page.locator('main table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => {
      const cells = [...tr.querySelectorAll('td')];
      const name = cells[0]?.querySelector('a')?.textContent?.trim() ?? '';
      const reference = (cells[0]?.textContent ?? '').slice(name.length).trim();
      return { name, reference, status: cells[3]?.textContent?.trim() ?? '' };
    }),
  );
}

/** The number in "N kandidaten zijn in gevaar: …" at the top of the list. */
async function atRiskCount(page: Page): Promise<number> {
  const text = await page.locator('main p.panel', { hasText: 'in gevaar' }).textContent();
  const count = /(\d+)/.exec(text ?? '')?.[1];
  if (count === undefined) throw new Error(`no at-risk count in "${text}"`);
  return Number(count);
}

/** Chooses a list in the "Toon" select, types a search (or none) and sends the GET form. */
async function showList(page: Page, filterLabel: string, search = '') {
  await page.selectOption('#filter', { label: filterLabel });
  await page.fill('#q', search);
  await Promise.all([page.waitForNavigation(), page.click('form[method="get"] button')]);
  expect(page.url()).toContain('/nl/staff/?filter=');
}

/** Sends the form around `button` and answers the status of the page the browser lands on. */
async function send(page: Page, button: string): Promise<number | undefined> {
  const [response] = await Promise.all([
    page.waitForNavigation(),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return response?.status();
}

/** The report's figures for "Op eigen vraag": the table's total, the chart's value, the CSV's sum. */
async function ownRequestFigures(page: Page, siteUrl: string) {
  await page.goto(`${siteUrl}/nl/staff/report/`);
  const row = page.locator('section[aria-labelledby="by-ground-heading"] tbody tr', {
    has: page.locator('th:text-is("Op eigen vraag")'),
  });
  const table = (await row.count()) === 0 ? 0 : Number(await row.locator('td').first().textContent());
  const chart = await page.evaluate(() => {
    const svg = document.querySelector('svg[aria-labelledby^="by-ground-chart"]');
    for (const bar of svg?.querySelectorAll('g') ?? []) {
      const [label, value] = bar.querySelectorAll('text');
      if (label?.textContent === 'Op eigen vraag') return Number(value?.textContent);
    }
    return 0;
  });
  const csvHref = (await page.getAttribute('a[download]', 'href')) ?? '';
  const csv = await (await page.context().request.get(`${siteUrl}${csvHref}`)).text();
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .slice(1);
  const sum = lines
    .map((line) => line.split(';'))
    .filter((cells) => cells[1] === 'Op eigen vraag')
    .reduce((total, cells) => total + Number(cells[2]), 0);
  return { table, chart, csv: sum };
}

describe.each([320, 1024])('with JavaScript off, %i px wide', (width) => {
  const app = useSiteInBrowser();
  let page: Page;
  let sarahReference = '';
  let struckReference = '';
  let reportBefore = { table: 0, chart: 0, csv: 0 };
  /** The at-risk count before the strike-off, and whether the one struck off was at risk. */
  const atRisk = { before: 0, struck: false };

  const fitsTheScreen = async () =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

  beforeAll(async () => {
    page = await openPage(app.browser, { javaScriptEnabled: false, viewport: { width, height: 800 } });
    await logInStaffBrowser(page, app.site.url, 'staff-a1', 'nl');
  });
  afterAll(() => page.context().close());

  test('the report, its chart and its CSV agree before anything is done', async () => {
    reportBefore = await ownRequestFigures(page, app.site.url);
    expect(reportBefore.chart).toBe(reportBefore.table);
    expect(reportBefore.csv).toBe(reportBefore.table);
    await page.goto(`${app.site.url}/nl/staff/`);
  });

  test('staff-a1 finds Sarah with the search box', async () => {
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await expect(page.textContent('main')).resolves.toContain('Annelies Wouters, Woonmaatschappij Dijle en Nete');
    await showList(page, 'Alle kandidaten', SARAH);
    const found = await rows(page);
    expect(found.map((r) => r.name)).toEqual([SARAH]);
    sarahReference = found[0]?.reference ?? '';
    expect(sarahReference).toMatch(/^CIR-\d{4}-\d{6}$/);
    expect(found[0]?.status).toBe('Nog niet bevestigd');
    await fitsTheScreen();
    await Promise.all([page.waitForURL(/\/staff\/candidates\//), page.click(`a:text-is("${SARAH}")`)]);
    expect(page.url()).toBe(`${app.site.url}/nl/staff/candidates/${sarahReference}/`);
    await expect(page.textContent('h1')).resolves.toBe(`Kandidaat ${SARAH}`);
    // No proxy yet: the confirmation form is not there, only what it needs.
    expect(await page.locator('#confirmation').count()).toBe(0);
    await expect(page.textContent('main')).resolves.toContain('zodra er een volmacht of een reactie op papier is');
    await fitsTheScreen();
  });

  test('records the signed proxy form (a PDF) with a reason; then the confirmation form appears', async () => {
    await page.setInputFiles('#proxy-file', proxyFile);
    await page.fill('#proxy-reason', 'Volmacht getekend aan het loket, met identiteitskaart');
    expect(await send(page, 'Volmacht opslaan')).toBe(200);
    expect(page.url()).toBe(`${app.site.url}/nl/staff/candidates/${sarahReference}/?done=proxy`);
    await expect(page.textContent('[role="status"]')).resolves.toContain('De volmacht is opgeslagen.');
    await expect(page.locator('#confirmation').count()).resolves.toBe(1);
    await fitsTheScreen();
  });

  test('confirms the dossier for Sarah with a reason; the list says "Bevestigd" and the at-risk count does not grow', async () => {
    await page.goto(`${app.site.url}/nl/staff/`);
    const atRiskBefore = await atRiskCount(page);
    await page.goto(`${app.site.url}/nl/staff/candidates/${sarahReference}/`);
    await page.fill('#confirmation-reason', 'Volmacht en papieren nagekeken met de kandidaat');
    expect(await send(page, 'Dossier bevestigen')).toBe(200);
    expect(page.url()).toBe(`${app.site.url}/nl/staff/candidates/${sarahReference}/?done=confirmation`);
    await expect(page.textContent('[role="status"]')).resolves.toContain(
      'Het dossier is bevestigd. De kandidaat blijft ingeschreven.',
    );
    await expect(page.textContent('main dl')).resolves.toContain('Door Annelies Wouters voor de kandidaat');
    expect(await page.locator('#confirmation').count()).toBe(0);

    await Promise.all([page.waitForURL(/\/nl\/staff\/$/), page.click('a:text-is("Terug naar de lijst")')]);
    await showList(page, 'Alle kandidaten', SARAH);
    expect(await rows(page)).toEqual([{ name: SARAH, reference: sarahReference, status: 'Bevestigd' }]);
    expect(await atRiskCount(page)).toBeLessThanOrEqual(atRiskBefore);
    // A confirmed dossier is never "at risk".
    await showList(page, 'In gevaar: 10 dagen of minder, niet bevestigd', sarahReference);
    expect(await rows(page)).toEqual([]);
    await fitsTheScreen();
  });

  test('striking off without a ground: the error summary has the focus and the reason typed stays', async () => {
    await showList(page, 'Alle kandidaten');
    const listed = await rows(page);
    const other = listed.find((r) => r.status === 'Nog niet bevestigd' && r.reference !== sarahReference);
    expect(other, 'an open company-A candidate besides Sarah').toBeDefined();
    struckReference = other?.reference ?? '';
    atRisk.before = await atRiskCount(page);
    await showList(page, 'In gevaar: 10 dagen of minder, niet bevestigd', struckReference);
    atRisk.struck = (await rows(page)).length === 1;
    await showList(page, 'Alle kandidaten', struckReference);
    await Promise.all([page.waitForURL(/\/staff\/candidates\//), page.click(`a[href*="/${struckReference}/"]`)]);
    await Promise.all([page.waitForURL(/\/strike-off\/$/), page.click('a:text-is("Schrappen: eerst nakijken")')]);
    await expect(page.textContent('main')).resolves.toContain('Grond van de schrapping');

    const reason = 'De kandidaat vroeg het zelf aan het loket, met brief';
    await page.fill('#strike-off-reason', reason);
    await page.fill('#strike-off-noticeDate', todayTyped());
    expect(await send(page, 'Kandidaat schrappen')).toBe(400);
    const summary = page.locator('.error-summary');
    await expect(summary.textContent()).resolves.toContain('Kies de grond van de schrapping.');
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.inputValue('#strike-off-reason')).toBe(reason);
    expect(await page.inputValue('#strike-off-noticeDate')).toBe(todayTyped());
    await fitsTheScreen();
  });

  test('strikes the other candidate off "Op eigen vraag" with today\'s date; the candidate page says "Geschrapt"', async () => {
    expect(struckReference, 'a candidate to strike off, from the test before').not.toBe('');
    await page.getByLabel('Op eigen vraag', { exact: true }).check();
    expect(await send(page, 'Kandidaat schrappen')).toBe(200);
    expect(page.url()).toBe(`${app.site.url}/nl/staff/candidates/${struckReference}/?done=strike-off`);
    await expect(page.textContent('[role="status"]')).resolves.toContain('De kandidaat is geschrapt.');
    const summary = page.locator('main dl');
    await expect(summary.locator('dt:text-is("Stand") + dd').textContent()).resolves.toBe('Geschrapt');
    await expect(summary.locator('dt:text-is("Geschrapt") + dd').textContent()).resolves.toContain(
      'Op eigen vraag, kennisgeving op',
    );
    // Struck off: no more acts but the appeal; the strike-off page says so and has no form.
    expect(await page.locator('#proxy, #confirmation, a:text-is("Schrappen: eerst nakijken")').count()).toBe(0);
    await page.goto(`${app.site.url}/nl/staff/candidates/${struckReference}/strike-off/`);
    await expect(page.textContent('main')).resolves.toContain('Deze kandidaat is al geschrapt.');
    expect(await page.getByRole('button', { name: 'Kandidaat schrappen' }).count()).toBe(0);
    await page.goto(`${app.site.url}/nl/staff/`);
    await showList(page, 'Alle kandidaten', struckReference);
    expect((await rows(page)).map((r) => r.status)).toEqual(['Geschrapt']);
    // Struck off is no longer at risk: the count shrinks by one if they were.
    expect(await atRiskCount(page)).toBe(atRisk.before - (atRisk.struck ? 1 : 0));
    await showList(page, 'In gevaar: 10 dagen of minder, niet bevestigd', struckReference);
    expect(await rows(page)).toEqual([]);
    await fitsTheScreen();
  });

  test('the report, its chart, its table and its CSV all count the strike-off', async () => {
    const after = await ownRequestFigures(page, app.site.url);
    expect(after).toEqual({
      table: reportBefore.table + 1,
      chart: reportBefore.table + 1,
      csv: reportBefore.table + 1,
    });
    await fitsTheScreen();
  });

  test('staff-b1 of another company sees none of it: not in the list, and a 404 at their addresses', async () => {
    const other = await openPage(app.browser, { javaScriptEnabled: false, viewport: { width, height: 800 } });
    await logInStaffBrowser(other, app.site.url, 'staff-b1', 'nl');
    await expect(other.textContent('main')).resolves.toContain('Bart Lemmens, Woonmaatschappij Kempenland');
    for (const reference of [sarahReference, struckReference].filter((r) => r !== '')) {
      await other.goto(`${app.site.url}/nl/staff/?filter=all`);
      await expect(other.textContent('main')).resolves.not.toContain(reference);
      await other.goto(`${app.site.url}/nl/staff/?filter=all&q=${encodeURIComponent(reference)}`);
      expect(await rows(other)).toEqual([]);
      await expect(other.textContent('main')).resolves.toContain('Geen kandidaten gevonden.');
      for (const address of [`/nl/staff/candidates/${reference}/`, `/nl/staff/candidates/${reference}/strike-off/`]) {
        const answer = await other.goto(`${app.site.url}${address}`);
        expect(answer?.status(), address).toBe(404);
        await expect(other.textContent('h1')).resolves.toBe('Deze pagina bestaat niet');
        await expect(other.textContent('main')).resolves.not.toContain(SARAH);
      }
    }
    await other.context().close();
    expect(struckReference, 'the candidate struck off was checked too').not.toBe('');
  });
});
