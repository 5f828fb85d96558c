import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { formFields, formSubmission } from '../support/form-fields';
import { LANGUAGES } from '../../src/lib/languages';
import { form, usePlatform } from '../support/in-process';
import { logInAs, logInStaff, type Citizen } from '../support/login';
import { addSession, book } from '../support/help-sessions';
import { SEED_SESSION } from '../../dev/seed/help-sessions';
import { PAGE_BUDGET_GZIP_BYTES, SCRIPT_BUDGET_GZIP_BYTES, gzipBytes } from '../support/page-weight';
import { CITIZEN } from '../../dev/seed/candidates';
import {
  DOSSIER_AUDIT_CITIZEN,
  dossierFormStates,
  distFile,
  dossierPages,
  dynamicPages,
  formStates,
  staticPages,
  type FormState,
} from '../support/pages';

// Every page state a function renders, the same ones the accessibility gates audit, held to the
// budget of the static pages: through the local host in-process, as the browser receives them.
const request = usePlatform();
let citizen: Citizen;
/** Someone whose dossier is not confirmed: the documents page with its form and its script. */
let sender: Citizen;

beforeAll(async () => {
  [citizen, sender] = await Promise.all([
    logInAs(request, DOSSIER_AUDIT_CITIZEN),
    logInAs(request, CITIZEN.sarah.nationalNumber),
  ]);
});

/**
 * The scripts a page loads, as paths in dist/ ("help-filter.js"): its script elements, and the
 * ones a script of it loads later, named in the page (`data-send-script` of the upload form).
 */
const scriptsOf = (html: string) =>
  [...html.matchAll(/<script[^>]* src="\/([^"]+)"|data-send-script="\/([^"]+)"/g)].map(
    ([, src, later]) => src ?? later ?? '',
  );

/** The scripts the function pages load, gathered by the tests above the last one. */
const loadedScripts = new Set<string>();

/** The page's bytes, after checking it is a page and not a redirect; notes the scripts it loads. */
async function pageText(response: Response): Promise<string> {
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  const html = await response.text();
  for (const src of scriptsOf(html)) loadedScripts.add(src);
  return html;
}

/** Someone who opens pages and sends forms: anyone, or the logged-in citizen. */
interface Visitor {
  get(path: string): Promise<Response>;
  post(action: string, values: Record<string, string>): Promise<Response>;
}

const anyone: Visitor = { get: (path) => request(path), post: (action, values) => request(action, form(values)) };
const loggedIn: Visitor = { get: (path) => citizen.get(path), post: (action, values) => citizen.post(action, values) };

/** Opens the page of a form state, sends its form as a browser would, and returns the answer's bytes. */
async function answer(visitor: Visitor, { path, values, status }: FormState): Promise<string> {
  const { action, body } = formSubmission(await (await visitor.get(path)).text(), values);
  const response = await visitor.post(action, Object.fromEntries(body));
  if (status !== undefined) expect(response.status).toBe(status);
  return pageText(response);
}

describe('every page a function renders fits in the first round trip, as the static pages do', () => {
  test.each(dynamicPages())('%s', async (path) => {
    expect(gzipBytes(await pageText(await request(path)))).toBeLessThanOrEqual(PAGE_BUDGET_GZIP_BYTES);
  });

  test.each(formStates())('the answer to: $name', async (state) => {
    expect(gzipBytes(await answer(anyone, state))).toBeLessThanOrEqual(PAGE_BUDGET_GZIP_BYTES);
  });

  test.each(dossierPages())('logged in: %s', async (path) => {
    const response = await citizen.get(path);
    expect(response.status).toBe(path.endsWith('/unknown/') ? 404 : 200);
    expect(gzipBytes(await pageText(response))).toBeLessThanOrEqual(PAGE_BUDGET_GZIP_BYTES);
  });

  test.each(dossierFormStates())('logged in, the answer to: $name', async (state) => {
    expect(gzipBytes(await answer(loggedIn, state))).toBeLessThanOrEqual(PAGE_BUDGET_GZIP_BYTES);
  });

  test.each(LANGUAGES.map(String))(
    'the documents page with its form, a file sent and a refusal, in %s',
    async (lang) => {
      const page = await pageText(await sender.get(`/${lang}/dossier/documents/?sent=1`));
      expect(page).toContain('action="/api/documents"');
      expect(gzipBytes(page)).toBeLessThanOrEqual(PAGE_BUDGET_GZIP_BYTES);
      const body = new FormData();
      for (const [name, value] of Object.entries(formFields(page, '/api/documents'))) body.set(name, value);
      body.set('kind', 'other');
      body.set('file', new File(['only text'], 'notes.txt'));
      const refused = await request('/api/documents', { method: 'POST', headers: { Cookie: sender.cookie }, body });
      expect(refused.status).toBe(415);
      expect(gzipBytes(await pageText(refused))).toBeLessThanOrEqual(PAGE_BUDGET_GZIP_BYTES);
    },
  );
});

test.each(LANGUAGES.map(String))('a help session reservation, ready to print, in %s', async (lang) => {
  const session = await addSession({ places: 10 });
  const response = await book(request, session, { lang, firstName: 'Oleksandra-Maria', phone: '+32 470 12 34 56' });
  expect(response.status).toBe(201);
  expect(gzipBytes(await pageText(response))).toBeLessThanOrEqual(PAGE_BUDGET_GZIP_BYTES);
});

test('the staff help sessions pages, with the publishing form and its errors', async () => {
  const staff = await logInStaff(request, 'staff-a1');
  for (const path of ['/nl/staff/sessions/', `/nl/staff/sessions/${SEED_SESSION.full}/`]) {
    const response = await staff.get(path);
    expect(response.status).toBe(200);
    expect(gzipBytes(await pageText(response))).toBeLessThanOrEqual(PAGE_BUDGET_GZIP_BYTES);
  }
  const refused = await staff.post('/api/staff/sessions', { lang: 'nl', idempotencyKey: crypto.randomUUID() });
  expect(refused.status).toBe(400);
  expect(gzipBytes(await pageText(refused))).toBeLessThanOrEqual(PAGE_BUDGET_GZIP_BYTES);
});

test('the upload script, with what it loads when a file is chosen, stays under its budget', () => {
  const scripts = ['upload.js', 'upload-send.js'];
  for (const script of scripts) expect(loadedScripts).toContain(script);
  const bytes = scripts.reduce((sum, file) => sum + gzipBytes(readFileSync(path.join('dist', file), 'utf8')), 0);
  expect(bytes).toBeLessThanOrEqual(SCRIPT_BUDGET_GZIP_BYTES);
});

// Runs after the tests above, which gather the scripts of every function page state.
test('dist/ holds no script that neither a static page nor a function page loads', () => {
  for (const page of staticPages())
    for (const src of scriptsOf(readFileSync(distFile(page), 'utf8'))) loadedScripts.add(src);
  const built = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => /\.m?js$/.test(f));
  expect(built.map((f) => f.split(path.sep).join('/')).filter((f) => !loadedScripts.has(f))).toEqual([]);
});
