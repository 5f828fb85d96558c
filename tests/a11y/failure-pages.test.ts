import type { Context } from '@netlify/functions';
import { describe, expect, test, vi } from 'vitest';
import { LANGUAGES } from '../../src/lib/languages';
import { failureResponse } from '../../src/platform/http/handler';
import { axeViolations } from '../support/axe-audit';
import { useAuditBrowsers } from '../support/audit-browsers';
import { openPage } from '../support/browser';
import { pa11yErrors } from '../support/pa11y-audit';

// The pages a person sees when something breaks on our side (500) or the database is away (503):
// no request of the gate's site can cause them, so they are rendered here and checked as they are.
const FAILURES = {
  '500 (a handler threw)': new Error('broken'),
  '503 (the database is away)': Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
};

const browsers = useAuditBrowsers();

async function failurePage(lang: string, error: Error): Promise<string> {
  const context = { params: { lang }, requestId: '01jd8k3m9qxw7r5t2v4y6z8a0b' } as unknown as Context;
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    return await failureResponse(new Request(`http://localhost/${lang}/dossier/`), context, error).text();
  } finally {
    quiet.mockRestore();
  }
}

describe.each(Object.entries(FAILURES))('the %s page', (_name, error) => {
  test.each([...LANGUAGES])('in %s has no axe violation and no pa11y error', async (lang) => {
    const html = await failurePage(lang, error);
    const page = await openPage(browsers.axe);
    await page.setContent(html);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
    const loaded = await browsers.pa11y.newPage();
    await loaded.setContent(html);
    expect(await pa11yErrors('about:blank', browsers.pa11y, loaded)).toEqual([]);
  });
});
