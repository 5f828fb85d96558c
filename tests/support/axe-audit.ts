import type { AxeResults, RunOptions } from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

/** WCAG 2.0 to 2.2, A and AA, plus best practice: the gate. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe-core itself, the rules engine of the axe gate. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const OPTIONS: RunOptions = { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] };
const preparedContexts = new WeakSet<BrowserContext>();

/**
 * Makes axe part of every page the browser context opens from now on, and of the page already
 * open. Sending axe's 560 kB to the page for every analysis (as @axe-core/playwright does) was
 * most of its 600 ms a page; Chromium loading it with each page takes a fraction of that.
 * (Through the DevTools protocol, so the page's Content-Security-Policy does not block it.)
 */
async function ensureAxe(page: Page): Promise<void> {
  const context = page.context();
  if (!preparedContexts.has(context)) {
    preparedContexts.add(context);
    await context.addInitScript({ content: AXE_SOURCE });
  }
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
}

/** Runs axe on the loaded page; each violation reads "rule: target, target". */
export async function axeViolations(page: Page): Promise<string[]> {
  await ensureAxe(page);
  // Only violations are read, so axe need not collect every passing node of every rule.
  const results = await page.evaluate(
    (options) =>
      (window as unknown as { axe: { run: (c: Document, o: RunOptions) => Promise<AxeResults> } }).axe.run(
        document,
        options,
      ),
    OPTIONS,
  );
  return results.violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
