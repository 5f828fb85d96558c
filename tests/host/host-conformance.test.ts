/**
 * The local function host (scripts/host/) against @netlify/dev, Netlify's own local platform: one
 * table of requests, each sent to both, which must give the same status, Location and
 * Content-Type, and on static files the same `_headers` values. The reference builds a function
 * for every request (~1 s) and breaks when two requests to one function overlap, so its answers
 * are gathered first: one function's rows one after another, different functions side by side.
 * Its answers are kept in tests/fixtures/netlify-reference-answers.json with a digest of the code
 * they were asked of (tests/support/reference-recording.ts): unchanged code is not asked again.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startLocalLogin } from '../../dev/identity-provider/for-site';
import type { RunningIdentityProvider } from '../../dev/identity-provider/index';
import { matchFunction } from '../../scripts/host/function-table';
import { startHost, type Host } from '../../scripts/host/host';
import { startReferencePlatform, type ReferencePlatform } from '../support/reference-platform';
import { inputsDigest, readRecording, writeRecording } from '../support/reference-recording';
import { SEED_SESSION } from '../../dev/seed/help-sessions';

const SITE = 'http://localhost';
const DIST = path.join(process.cwd(), 'dist');

interface Row {
  method: 'GET' | 'POST' | 'HEAD';
  path: string;
  /** What Netlify answers (the reference's status): a guard against two equally wrong answers. */
  status: number;
  /** What the row is about, for the test's name. */
  why: string;
  headers?: Record<string, string>;
  /** A file from dist/: its `_headers` values are compared too. */
  staticFile?: boolean;
}

/** Every header name `dist/_headers` sets (its one rule is `/*`). */
const HEADERS_FROM_FILE = [...readFileSync(path.join(DIST, '_headers'), 'utf8').matchAll(/^\s+([\w-]+):/gm)].map(
  (match) => match[1] ?? '',
);
/** What Astro bundled into dist/_astro: nothing while no page loads a bundle. */
const ASTRO_FILES = existsSync(path.join(DIST, '_astro')) ? readdirSync(path.join(DIST, '_astro')) : [];
const ASTRO_SCRIPT = ASTRO_FILES.find((file) => file.endsWith('.js'));
const ASTRO_CSS = ASTRO_FILES.find((file) => file.endsWith('.css'));
const FAVICON = ['favicon.svg', 'favicon.ico'].find((file) => readdirSync(DIST).includes(file));

const row = (method: Row['method'], url: string, status: number, why: string, more: Partial<Row> = {}): Row => ({
  method,
  path: url,
  status,
  why,
  ...more,
});

/** A route with and without its trailing slash (the query after the path, on both). */
function bothSlashes(method: Row['method'], route: string, status: number, why: string, query = ''): Row[] {
  return [
    row(method, `${route}${query}`, status, `${why}, without a trailing slash`),
    row(method, `${route}/${query}`, status, `${why}, with a trailing slash`),
  ];
}

/** A file from dist/ (200, its `_headers` compared), and one only when the build made it. */
const fileRow = (method: Row['method'], url: string, why: string) => row(method, url, 200, why, { staticFile: true });
const ifBuilt = (file: string | undefined, why: string) => (file ? [fileRow('GET', file, why)] : []);

const ROWS: Row[] = [
  // Every function's route, with real values for its parameters; POSTs carry no CSRF token.
  row('GET', '/', 302, 'the home address sends the browser to its language'),
  row('GET', '/', 302, 'the home address follows Accept-Language', {
    headers: { 'Accept-Language': 'fr-BE,fr;q=0.9' },
  }),
  ...bothSlashes('GET', '/api/health', 200, 'the health check'),
  ...bothSlashes('GET', '/api/auth/login', 302, 'the login goes to the identity provider', '?lang=nl'),
  ...bothSlashes('GET', '/api/auth/callback', 400, 'the login callback without a code is explained'),
  ...bothSlashes('POST', '/api/auth/extend', 303, '"stay logged in" without a session goes to sign in'),
  ...bothSlashes('POST', '/api/auth/logout', 303, 'logging out without a session still says logged out'),
  ...bothSlashes('GET', '/api/deadline', 200, 'the deadline answer', '?letter=2024-03-18&kind=first&lang=nl'),
  ...bothSlashes('GET', '/api/dossier', 401, 'the dossier JSON without a session'),
  ...bothSlashes('GET', '/nl/dossier', 303, 'the dossier overview without a session'),
  ...bothSlashes('GET', '/nl/dossier/income', 303, 'a dossier section without a session'),
  ...bothSlashes('GET', '/nl/dossier/income/change', 303, 'a change form without a session'),
  ...bothSlashes('GET', '/nl/dossier/check', 303, 'the check page, its own function (the section route excludes it)'),
  ...bothSlashes('GET', '/nl/dossier/confirmed', 303, 'the confirmed page, its own function (excluded likewise)'),
  ...bothSlashes('GET', '/api/dossier/receipt', 303, 'the receipt without a session (no dossier section)', '?lang=nl'),
  ...bothSlashes('POST', '/api/dossier/check', 401, '"this is right" without a CSRF token'),
  ...bothSlashes('POST', '/api/dossier/save', 401, 'saving a change without a CSRF token'),
  ...bothSlashes('POST', '/api/dossier/confirm', 401, 'confirming without a CSRF token'),
  ...bothSlashes('GET', '/api/help', 200, 'help near a postcode', '?q=9000&lang=nl'),
  ...bothSlashes('POST', '/api/letter/appeal', 400, 'the appeal letter with missing fields'),
  ...bothSlashes('POST', '/api/letter/proxy', 400, 'the proxy letter with missing fields'),
  ...bothSlashes('GET', '/nl/status', 200, 'the status page'),
  ...bothSlashes('GET', '/nl/staff', 303, 'the staff list without a session goes to the login'),
  ...bothSlashes('GET', '/nl/staff/candidates/CIR-2022-048213', 303, 'a staff candidate page without a session'),
  ...bothSlashes(
    'GET',
    '/nl/staff/candidates/CIR-2022-048213/strike-off',
    303,
    'the strike-off page without a session',
  ),
  ...bothSlashes('GET', '/nl/staff/report', 303, 'the strike-off report without a session goes to the login'),
  row('GET', '/nl/staff/report.csv', 303, 'the report as CSV without a session goes to the login'),
  ...bothSlashes('GET', '/api/report/strike-offs', 200, 'the monitoring counts (no login, cells under 5 hidden)'),
  ...bothSlashes('POST', '/api/staff/acts', 401, 'a staff act without a session'),
  ...bothSlashes('POST', '/api/staff/proxy', 415, 'a proxy that is not a multipart form'),
  ...bothSlashes(
    'GET',
    '/api/staff/documents/00000000-0000-4000-8000-000000000000/file',
    404,
    'a staff download without a session',
  ),
  ...bothSlashes(
    'GET',
    '/nl/dossier/helpers',
    303,
    'the consent page, its own function (the section route excludes it)',
  ),
  ...bothSlashes('POST', '/api/dossier/consents', 401, 'giving consent without a session'),
  ...bothSlashes('POST', '/api/dossier/consents/withdraw', 401, 'withdrawing consent without a session'),
  ...bothSlashes('GET', '/nl/helper', 303, "the helper's list without a session goes to the login"),
  ...bothSlashes(
    'GET',
    '/nl/helper/candidates/00000000-0000-4000-8000-000000000000',
    303,
    "a helper's candidate page without a session",
  ),
  ...bothSlashes(
    'GET',
    '/nl/helper/candidates/00000000-0000-4000-8000-000000000000/sheet',
    303,
    "the helper's sheet without a session",
  ),
  ...bothSlashes('GET', '/api/help-sessions', 200, 'the coming help sessions of a postcode', '?place=9000'),
  row('GET', '/api/help-sessions', 400, 'help sessions without a place'),
  ...bothSlashes('GET', `/nl/help-near-me/sessions/${SEED_SESSION.later}`, 200, 'a help session page'),
  ...bothSlashes('GET', `/api/help-sessions/${SEED_SESSION.later}/calendar.ics`, 200, "a help session's calendar file"),
  ...bothSlashes('POST', '/api/help-sessions/book', 404, 'a booking for no session'),
  ...bothSlashes('GET', '/nl/help-near-me/cancel', 200, 'the page to cancel a reservation'),
  ...bothSlashes('POST', '/api/help-sessions/cancel', 400, 'cancelling without a reference'),
  ...bothSlashes('GET', '/nl/staff/sessions', 303, 'the staff help sessions without a session go to the login'),
  ...bothSlashes(
    'GET',
    `/nl/staff/sessions/${SEED_SESSION.later}`,
    303,
    'the reservations of a session without a login',
  ),
  ...bothSlashes('POST', '/api/staff/sessions', 401, 'publishing a help session without a staff session'),

  // A route's method decides: the wrong one falls through to dist/ and 404.html.
  row('POST', '/nl/status/', 404, 'POST to a GET page route'),
  row('POST', '/api/health', 404, 'POST to a GET API route'),
  row('POST', '/', 404, 'POST to the home address'),
  row('GET', '/api/dossier/confirm', 404, 'GET to a POST route'),
  row('GET', '/api/letter/proxy', 404, 'GET to a POST letter route'),
  row('GET', '/api/auth/logout', 404, 'GET to the POST logout route'),

  // Excluded paths: /api/* is no language for the dossier page routes.
  row('GET', '/api/dossier/check', 404, 'GET to the POST-only check route, excluded by the section route'),
  row('GET', '/api/dossier/save/', 404, 'GET to the POST-only save route, excluded by the section route'),

  // Static files from dist/, with the `_headers` values.
  fileRow('GET', '/nl/', 'a language home page'),
  fileRow('GET', '/nl', 'a language home page without its slash'),
  fileRow('GET', '/fr/deadline/', 'a static form page'),
  fileRow('GET', '/fr/deadline', 'a static form page without its slash'),
  fileRow('GET', '/nl/index.html', 'a page by its file name'),
  fileRow('HEAD', '/nl/', 'HEAD of a static page'),
  fileRow('POST', '/nl/', 'POST to a static page'),
  fileRow('GET', '/help-filter.js', 'a script from public/'),
  ...ifBuilt(ASTRO_SCRIPT && `/_astro/${ASTRO_SCRIPT}`, 'a bundled script'),
  ...ifBuilt(ASTRO_CSS && `/_astro/${ASTRO_CSS}`, 'a bundled style sheet'),
  ...ifBuilt(FAVICON && `/${FAVICON}`, 'the favicon'),
  fileRow('GET', '/404.html', 'the not-found page asked for by name'),

  // Unknown paths: 404.html, or a function's own 404.
  row('GET', '/nope', 404, 'an unknown path'),
  row('GET', '/api/nope', 404, 'an unknown API path'),
  row('GET', '/_astro/missing.css', 404, 'an asset dist/ does not have'),
  row('GET', '/nl/does-not-exist/', 404, 'an unknown page in a language'),
  row('GET', '/xx/status/', 404, 'the status page in an unknown language'),

  // Upper case: function routes match without regard to case, dist/ does not; a route's
  // parameters are read from the path as sent (Netlify's bootstrap, URLPattern), so they
  // are only found when the fixed part's case is the route's.
  row('GET', '/NL/status/', 404, 'the status page with an upper-case language'),
  row('GET', '/API/HEALTH', 200, 'an upper-case API path'),
  row('GET', '/NL/', 404, 'an upper-case static page'),
  row('GET', '/Nl/Dossier/', 404, 'a page route with upper case in its fixed part'),

  // Netlify's bootstrap drops a trailing slash before reading parameters only when the whole
  // URL ends with it, so with a query context.params is empty; the page reads its path itself.
  row('GET', '/nl/status/?from=home', 200, 'the status page with a trailing slash and a query'),
];

/** The same request for each side (a body can be read once). */
function requestFor(row: Row): Request {
  const post = row.method === 'POST';
  return new Request(`${SITE}${row.path}`, {
    method: row.method,
    headers: { ...(post ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}), ...row.headers },
    ...(post ? { body: 'lang=nl&section=income' } : {}),
  });
}

/** The media type and charset, as the server gave them. */
function contentType(value: string | null) {
  if (value === null) return null;
  const [mediaType, ...parameters] = value.split(';').map((part) => part.trim());
  const charset = parameters.find((parameter) => /^charset=/i.test(parameter))?.slice('charset='.length) ?? null;
  return { mediaType, charset };
}

/**
 * A login's Location carries a fresh state, nonce and PKCE challenge every time, and the local
 * identity provider's port is a free one.
 */
function location(value: string | null): string | null {
  if (value === null || !/^https?:/.test(value)) return value;
  const provider = identityProvider?.url;
  const url = new URL(
    provider && value.startsWith(provider) ? `http://identity-provider${value.slice(provider.length)}` : value,
  );
  for (const random of ['state', 'nonce', 'code_challenge']) {
    if (url.searchParams.has(random)) url.searchParams.set(random, '…');
  }
  return url.href;
}

type Answer = Awaited<ReturnType<typeof answer>>;

async function answer(respond: Promise<Response>, row: Row) {
  const response = await respond;
  await response.arrayBuffer();
  return {
    status: response.status,
    location: location(response.headers.get('location')),
    contentType: contentType(response.headers.get('content-type')),
    ...(row.staticFile
      ? { fromHeadersFile: Object.fromEntries(HEADERS_FROM_FILE.map((name) => [name, response.headers.get(name)])) }
      : {}),
  };
}

let identityProvider: RunningIdentityProvider;
let host: Host;
let reference: ReferencePlatform | undefined;
const fromReference = new Map<Row, Answer | Error>();
/** One row's name in the recording: the same request is the same row. */
const rowKey = (row: Row) => `${row.method} ${row.path} ${JSON.stringify(row.headers ?? {})}`;
/** Whether this run asked @netlify/dev itself, or found its answers recorded for this code. */
let asked: 'live' | 'recorded' = 'recorded';
/** The reference's builds are heavy; a few functions at once keep the rest of the test run going. */
const FUNCTIONS_AT_ONCE = 3;

/** Asks the reference every row: rows of one function in turn, a few functions at once. */
async function askReference(): Promise<void> {
  const lanes = new Map<string, Row[]>();
  for (const row of ROWS) {
    const url = new URL(`${SITE}${row.path}`);
    const lane = matchFunction(host.functions, url.pathname, url.search, row.method)?.fn.name ?? `file ${row.path}`;
    lanes.set(lane, [...(lanes.get(lane) ?? []), row]);
  }
  const queue = [...lanes.values()];
  const work = async () => {
    for (let rows = queue.shift(); rows; rows = queue.shift()) {
      for (const row of rows) {
        const live = reference as ReferencePlatform;
        const got = await answer(live.handle(requestFor(row)), row).catch((error: unknown) => error as Error);
        fromReference.set(row, got);
      }
    }
  };
  await Promise.all(Array.from({ length: FUNCTIONS_AT_ONCE }, work));
}

beforeAll(async () => {
  identityProvider = await startLocalLogin(SITE);
  // The host first: the reference's functions use the database it announces in process.env.
  host = await startHost({ database: 'memory' });
  const digest = inputsDigest();
  const recorded = readRecording<Answer>(digest);
  if (recorded && ROWS.every((row) => rowKey(row) in recorded)) {
    for (const row of ROWS) fromReference.set(row, recorded[rowKey(row)] as Answer);
    return;
  }
  asked = 'live';
  reference = await startReferencePlatform();
  // The reference builds every function once at its first request; that belongs to the start.
  await (await reference.handle(new Request(`${SITE}/api/health`))).arrayBuffer();
  await askReference();
  const answers = [...fromReference.entries()];
  if (answers.every(([, got]) => !(got instanceof Error))) {
    writeRecording(digest, Object.fromEntries(answers.map(([row, got]) => [rowKey(row), got])));
  }
}, 1_800_000); // about 4 min alone; beside the browser tests it took over 15

afterAll(async () => {
  await reference?.stop();
  await host?.stop();
  await identityProvider?.stop();
});

test('the reference answers are for this code: asked of @netlify/dev now, or recorded for the same digest', () => {
  // Printed, so a run's log says which it was.
  console.info(`@netlify/dev's answers: ${asked === 'live' ? 'asked now' : 'recorded for this code'}`);
  expect(fromReference.size).toBe(ROWS.length);
});

test('dist/_headers sets the headers the static rows compare', () => {
  expect(HEADERS_FROM_FILE).toEqual(expect.arrayContaining(['Content-Security-Policy', 'X-Frame-Options']));
});

describe('the host answers as Netlify does', () => {
  const titled = ROWS.map(
    (r) => [`${r.method} ${r.path} (${r.why}) gets the same answer from the host as from @netlify/dev`, r] as const,
  );
  test.each(titled)(
    '%s',
    async (_title, row) => {
      const fromHost = await answer(host.handle(requestFor(row)), row);
      const expected = fromReference.get(row);
      if (!expected || expected instanceof Error) throw expected ?? new Error('the reference was not asked');
      expect(expected.status, 'the status @netlify/dev answers').toBe(row.status);
      expect(fromHost).toEqual(expected);
      if (row.staticFile) {
        for (const name of HEADERS_FROM_FILE) expect(fromHost.fromHeadersFile?.[name], name).toBeTruthy();
      }
    },
    60_000,
  );
});
