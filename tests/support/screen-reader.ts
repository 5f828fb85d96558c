import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/**
 * The Virtual Screen Reader (@guidepup/virtual-screen-reader) run inside a real Chromium page:
 * it reads the page's accessibility tree as a screen reader does (role, name, state, live
 * regions, focus moves) and keeps a log of what it says. Its browser bundle is served on the
 * site's own address, so the page's Content-Security-Policy (script-src 'self') lets it in and
 * nothing of the site is changed for the test.
 */
const BUNDLE = readFileSync(createRequire(import.meta.url).resolve('@guidepup/virtual-screen-reader/browser.js'));
const BUNDLE_PATH = '/__virtual-screen-reader.js';
// A module that puts the reader on window, so that the test's page.evaluate calls can reach it.
const LOADER_PATH = '/__screen-reader.js';
const LOADER = `import { virtual } from '${BUNDLE_PATH}'; window.screenReader = virtual;`;

/** Serves the bundle and its loader to every page of this page's context, on the site's origin. */
export async function allowScreenReader(page: Page): Promise<void> {
  const context = page.context();
  await context.route(`**${BUNDLE_PATH}`, (route) => route.fulfill({ contentType: 'text/javascript', body: BUNDLE }));
  await context.route(`**${LOADER_PATH}`, (route) => route.fulfill({ contentType: 'text/javascript', body: LOADER }));
}

interface VirtualInPage {
  start(options: { container: Node }): Promise<void>;
  stop(): Promise<void>;
  next(): Promise<void>;
  act(): Promise<void>;
  spokenPhraseLog(): Promise<string[]>;
  clearSpokenPhraseLog(): Promise<void>;
}
declare global {
  interface Window {
    screenReader?: VirtualInPage;
  }
}

/**
 * Starts the screen reader on the loaded page, as a person who just arrived: its cursor at the
 * top, or on the element that took focus while the page loaded (an error summary's autofocus).
 * Returns what it said on arriving.
 */
export async function startScreenReader(page: Page): Promise<string[]> {
  await page.addScriptTag({ url: LOADER_PATH, type: 'module' });
  await page.waitForFunction(() => window.screenReader !== undefined);
  return page.evaluate(async () => {
    const virtual = window.screenReader as VirtualInPage;
    await virtual.start({ container: document.body });
    // A screen reader opens a page where its focus is. The reader starts after the page took
    // focus (autofocus), so that focus is given again for the reader to follow it.
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && focused !== document.body) {
      focused.blur();
      focused.focus();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return virtual.spokenPhraseLog();
  });
}

/** Reads the whole page from where the cursor is to its end, at most `limit` items. */
export async function readToEnd(page: Page, limit = 400): Promise<string[]> {
  return page.evaluate(async (max) => {
    // Runs in the page: only what is on window is reachable.
    const virtual = window.screenReader as VirtualInPage;
    await virtual.clearSpokenPhraseLog();
    for (let i = 0; i < max; i += 1) {
      await virtual.next();
      const log = await virtual.spokenPhraseLog();
      if (log.at(-1) === 'end of document') break;
    }
    return virtual.spokenPhraseLog();
  }, limit);
}

/**
 * Reads from the top of the page down to the link named `name`, follows it, and returns what was
 * said then: for a link to a field on the same page, the field that takes focus.
 */
export async function followLink(page: Page, name: string, limit = 400): Promise<string[]> {
  return page.evaluate(
    async ({ name, limit }) => {
      const virtual = window.screenReader as VirtualInPage;
      await virtual.stop();
      await virtual.start({ container: document.body });
      for (let i = 0; i < limit; i += 1) {
        await virtual.next();
        if ((await virtual.spokenPhraseLog()).at(-1) === `link, ${name}`) break;
        if (i === limit - 1) throw new Error(`no link "${name}" on the page`);
      }
      await virtual.clearSpokenPhraseLog();
      await virtual.act();
      await new Promise((resolve) => setTimeout(resolve, 50));
      return virtual.spokenPhraseLog();
    },
    { name, limit },
  );
}

/** What the screen reader has said since the last command (live regions, focus moves by the page). */
export async function spokenSince(page: Page): Promise<string[]> {
  return page.evaluate(() => (window.screenReader as VirtualInPage).spokenPhraseLog());
}

/**
 * Throws unless every phrase is said, in this order (other phrases may come between): the
 * announcements that matter, not a whole transcript. A string must equal a spoken phrase; a
 * RegExp must match one.
 * @example expectSaidInOrder(spoken, ['alert, Er is een probleem', /^link, Vul een e-mailadres/])
 */
export function expectSaidInOrder(spoken: readonly string[], phrases: ReadonlyArray<string | RegExp>): void {
  let at = 0;
  for (const phrase of phrases) {
    const found = spoken.findIndex(
      (said, index) => index >= at && (typeof phrase === 'string' ? said === phrase : phrase.test(said)),
    );
    if (found === -1) {
      const heard = spoken.slice(at, at + 12).join(' | ');
      throw new Error(`the screen reader did not say ${String(phrase)}; after the last match it said: ${heard}`);
    }
    at = found + 1;
  }
}
