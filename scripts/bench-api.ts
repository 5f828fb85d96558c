// `npm run bench:api`: load on the dossier page and on confirmations, on the local platform, then
// 1,000 copies of one confirmation (one idempotency key) that must record exactly one. Prints a
// table and writes bench-results/api.json. The local platform builds a function for every request
// (~1 s) and runs one request per function at a time, so the figures are slow: they are printed
// as they are. A benchmark, not a test.
import autocannon, { type Options } from 'autocannon';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { startLocalLogin } from '../dev/identity-provider/for-site';
import { CITIZEN } from '../dev/seed/candidates';
import { db } from '../src/server/db';
import { logIn } from '../tests/support/log-in';
import { listen, startPlatform } from './platform';

const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 50);
const DURATION_S = Number(process.env['BENCH_SECONDS'] ?? 30);
const DUPLICATES = Number(process.env['BENCH_DUPLICATES'] ?? 1000);

const platform = await startPlatform({ database: 'memory' });
const { server, url } = await listen(platform, 0);
const identityProvider = await startLocalLogin(url);
const site = (path: string, init: RequestInit = {}) => fetch(`${url}${path}`, { ...init, redirect: 'manual' });

/** Logs a test citizen in through the local provider; their cookie and the dossier's CSRF token and version. */
async function citizen(nationalNumber: string) {
  const { jar } = await logIn(site, nationalNumber);
  const cookie = jar.header();
  const check = await (await site('/nl/dossier/check/', { headers: { Cookie: cookie } })).text();
  const csrf = /name="csrf" value="([^"]+)"/.exec(check)?.[1] ?? '';
  const version = /name="version" value="(\d+)"/.exec(check)?.[1] ?? '1';
  const confirmBody = (key: string) =>
    new URLSearchParams({ csrf, version, idempotencyKey: key, lang: 'nl' }).toString();
  return { cookie, csrf, confirmBody };
}

interface Row {
  scenario: string;
  requests: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  errors: number;
  statuses: string;
  seconds: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

/** Runs autocannon and keeps every answer's time: autocannon itself only times 2xx answers. */
async function measure(scenario: string, expected: number, path: string, options: Omit<Options, 'url'>): Promise<Row> {
  const times: number[] = [];
  const statuses: Record<number, number> = {};
  const started = Date.now();
  const instance = autocannon({ url: `${url}${path}`, connections: CONNECTIONS, timeout: 300, ...options });
  instance.on('response', (_client: unknown, status: number, _bytes: number, time: number) => {
    times.push(time);
    statuses[status] = (statuses[status] ?? 0) + 1;
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  const unexpected = Object.entries(statuses).reduce(
    (sum, [status, n]) => sum + (Number(status) === expected ? 0 : n),
    0,
  );
  return {
    scenario,
    requests: times.length,
    p50Ms: Math.round(percentile(times, 50)),
    p95Ms: Math.round(percentile(times, 95)),
    p99Ms: Math.round(percentile(times, 99)),
    errors: result.errors + unexpected,
    statuses: Object.entries(statuses)
      .map(([status, n]) => `${status}×${n}`)
      .join(' '),
    seconds: Math.round((Date.now() - started) / 1000),
  };
}

const sarah = await citizen(CITIZEN.sarah.nationalNumber);
const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
const rows: Row[] = [];
rows.push(
  await measure(`GET /nl/dossier/ (${CONNECTIONS} connections, ${DURATION_S} s)`, 200, '/nl/dossier/', {
    duration: DURATION_S,
    headers: { Cookie: sarah.cookie },
  }),
);
rows.push(
  await measure(
    `POST /api/dossier/confirm, a new key each (${CONNECTIONS} connections, ${DURATION_S} s)`,
    303,
    '/api/dossier/confirm',
    {
      duration: DURATION_S,
      requests: [
        {
          method: 'POST',
          headers: { ...form, Cookie: sarah.cookie },
          setupRequest: (request) => ({ ...request, body: sarah.confirmBody(randomUUID()) }),
        },
      ],
    },
  ),
);

const lisa = await citizen(CITIZEN.lisa.nationalNumber);
rows.push(
  await measure(
    `POST /api/dossier/confirm ×${DUPLICATES}, one key (${CONNECTIONS} connections)`,
    303,
    '/api/dossier/confirm',
    {
      amount: DUPLICATES,
      connections: Math.min(CONNECTIONS, DUPLICATES),
      method: 'POST',
      headers: { ...form, Cookie: lisa.cookie },
      body: lisa.confirmBody(randomUUID()),
    },
  ),
);
const { rows: recorded } = await db().query<{ n: string }>(
  `SELECT count(*) AS n FROM confirmations f JOIN dossiers d ON d.id = f.dossier_id
    JOIN candidates c ON c.id = d.candidate_id WHERE c.national_number = $1`,
  [CITIZEN.lisa.nationalNumber],
);
const duplicates = { sent: DUPLICATES, confirmationsRecorded: Number(recorded[0]?.n ?? -1) };

await db().end();
server.closeAllConnections();
server.close();
await identityProvider.stop();
await platform.stop();

console.table(rows);
console.log(
  `${duplicates.sent} duplicate confirmations recorded ${duplicates.confirmationsRecorded} confirmation(s): ${duplicates.confirmationsRecorded === 1 ? 'exactly one' : 'WRONG'}`,
);
mkdirSync('bench-results', { recursive: true });
const note = 'local platform: one function build per request (~1 s), one request per function at a time';
writeFileSync('bench-results/api.json', `${JSON.stringify({ note, rows, duplicates }, null, 2)}\n`);
console.log('wrote bench-results/api.json');
if (duplicates.confirmationsRecorded !== 1) process.exitCode = 1;
