import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import { axeViolations } from '../support/axe-audit';
import { useAuditBrowsers } from '../support/audit-browsers';
import { openPage } from '../support/browser';
import { pa11yErrors } from '../support/pa11y-audit';

const broken = pathToFileURL('tests/fixtures/broken-page.html').href;
const browsers = useAuditBrowsers();

test('the axe gate names the rules a broken page breaks', async () => {
  const page = await openPage(browsers.axe);
  await page.goto(broken);
  const violations = (await axeViolations(page)).join('\n');
  for (const rule of ['html-has-lang', 'image-alt', 'label', 'color-contrast', 'link-name']) {
    expect(violations).toContain(rule);
  }
});

test('the pa11y gate reports errors on a broken page', async () => {
  const errors = await pa11yErrors(broken, browsers.pa11y);
  expect(errors.length).toBeGreaterThan(3);
});
