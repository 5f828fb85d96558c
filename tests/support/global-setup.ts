import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EMBEDDED_TEMPLATE_ENV, makeEmbeddedTemplate } from '../../scripts/host/database';
import { LAZY_FUNCTIONS_ENV } from '../../scripts/host/function-table';
import { findChromium } from './chromium';

// Runs once before all test files: find (or, as root on Debian, install) Chromium, make the
// migrated, seeded embedded database every test file's host starts a copy of (scripts/host/database.ts),
// and have hosts import each function at its first request (scripts/host/function-table.ts).
export default async function setup() {
  process.env['CHROME_PATH'] = findChromium();
  process.env[LAZY_FUNCTIONS_ENV] = '1';
  const folder = await mkdtemp(path.join(tmpdir(), 'blijf-db-template-'));
  const template = path.join(folder, 'db');
  await makeEmbeddedTemplate(template, process.cwd());
  process.env[EMBEDDED_TEMPLATE_ENV] = template;
  return async () => {
    delete process.env[EMBEDDED_TEMPLATE_ENV];
    await rm(folder, { recursive: true, force: true });
  };
}
