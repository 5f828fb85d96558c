// `npm run bench:api`: load on the local function host with a real PostgreSQL server: the dossier
// page, the deadline calculator and confirmations, then BENCH_DUPLICATES copies of one
// confirmation (one idempotency key) that must record exactly one. Prints a table and the targets
// and writes bench-results/api.json. A benchmark, not a test: only "exactly one" sets the exit code.
//
// DATABASE_URL=postgres://… measures against that server; BENCH_DATABASE=embedded against the
// embedded database (PGlite), to compare; by default a throwaway PostgreSQL server. The host runs
// in a child process so that autocannon does not take its event loop; BENCH_CPU_PROF=1 writes the
// host's CPU profile to bench-results/cpu-profiles/. BENCH_CONNECTIONS (50), BENCH_SECONDS (30),
// BENCH_WARMUP_SECONDS (3) and BENCH_DUPLICATES (1000) change the load.
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { CITIZEN } from '../dev/seed/candidates';
import { addDays, todayInBelgium } from '../src/lib/dates';
import { SECTIONS } from '../src/lib/dossier-types';
import { logIn } from '../tests/support/log-in';
import { chooseDatabase, confirmationsOf, serverVersion } from './bench/database';
import { startHostChild, type HostChild } from './bench/host-child';
import { measure, warmUp, type Row } from './bench/measure';

const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 50);
const DURATION_S = Number(process.env['BENCH_SECONDS'] ?? 30);
const WARMUP_S = Number(process.env['BENCH_WARMUP_SECONDS'] ?? 3);
const DUPLICATES = Number(process.env['BENCH_DUPLICATES'] ?? 1000);
const CPU_PROFILES = process.env['BENCH_CPU_PROF'] ? 'bench-results/cpu-profiles' : undefined;
const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };

/**
 * A test citizen logged in through the local provider, with every section marked "this is right"
 * as the site asks before it shows the confirmation form: their cookie and that form's body.
 */
async function citizen(siteUrl: string, nationalNumber: string) {
  const site = (path: string, init: RequestInit = {}) => fetch(`${siteUrl}${path}`, { ...init, redirect: 'manual' });
  const { jar } = await logIn(site, nationalNumber);
  const cookie = jar.header();
  const checkPage = async () => (await site('/nl/dossier/check/', { headers: { Cookie: cookie } })).text();
  // Every form on a page carries the session's one CSRF token.
  const csrf = /name="csrf" value="([^"]+)"/.exec(await checkPage())?.[1];
  if (!csrf) throw new Error('the check page has no CSRF token: not logged in?');
  for (const section of SECTIONS) {
    const marked = await site('/api/dossier/check', {
      method: 'POST',
      headers: { ...FORM, Cookie: cookie },
      body: new URLSearchParams({ csrf, section, lang: 'nl' }).toString(),
    });
    if (marked.status !== 303) throw new Error(`marking a section checked answered ${marked.status}`);
  }
  const version = /name="version" value="(\d+)"/.exec(await checkPage())?.[1];
  if (!version) throw new Error('the check page has no confirmation form');
  const confirmBody = (key: string) =>
    new URLSearchParams({ csrf, version, idempotencyKey: key, lang: 'nl' }).toString();
  return { cookie, confirmBody };
}

/** Warms up, then measures: the same load twice, and only the second counts. */
async function scenario(name: string, expected: number, url: string, options: Parameters<typeof measure>[3]) {
  if (WARMUP_S > 0) await warmUp(url, { connections: CONNECTIONS, ...options, duration: WARMUP_S });
  const label = `${name} (${CONNECTIONS} connections, ${DURATION_S} s)`;
  return measure(label, expected, url, { connections: CONNECTIONS, ...options, duration: DURATION_S });
}

interface Target {
  target: string;
  measured: string;
  result: 'PASS' | 'FAIL' | 'SKIP';
}

const verdict = (ok: boolean): Target['result'] => (ok ? 'PASS' : 'FAIL');

async function run(host: HostChild) {
  const sarah = await citizen(host.url, CITIZEN.sarah.nationalNumber);
  const letter = addDays(todayInBelgium(), -10);
  const rows: Row[] = [];
  const dossier = await scenario('GET /nl/dossier/', 200, `${host.url}/nl/dossier/`, {
    headers: { Cookie: sarah.cookie },
  });
  rows.push(dossier);
  const deadline = await scenario(
    'GET /api/deadline (first letter 10 days ago)',
    200,
    `${host.url}/api/deadline?letter=${letter}&kind=first&lang=nl`,
    {},
  );
  rows.push(deadline);
  rows.push(
    await scenario('POST /api/dossier/confirm, a new key each', 303, `${host.url}/api/dossier/confirm`, {
      requests: [
        {
          method: 'POST',
          headers: { ...FORM, Cookie: sarah.cookie },
          setupRequest: (request) => ({ ...request, body: sarah.confirmBody(randomUUID()) }),
        },
      ],
    }),
  );

  // Another citizen, so that Sarah's confirmations above do not count: her dossier starts unconfirmed.
  const lisa = await citizen(host.url, CITIZEN.lisa.nationalNumber);
  const before = await confirmationsOf(host.databaseUrl, CITIZEN.lisa.nationalNumber);
  rows.push(
    await measure(
      `POST /api/dossier/confirm ×${DUPLICATES}, one key (${Math.min(CONNECTIONS, DUPLICATES)} connections)`,
      303,
      `${host.url}/api/dossier/confirm`,
      {
        amount: DUPLICATES,
        connections: Math.min(CONNECTIONS, DUPLICATES),
        method: 'POST',
        headers: { ...FORM, Cookie: lisa.cookie },
        body: lisa.confirmBody(randomUUID()),
      },
    ),
  );
  const after = await confirmationsOf(host.databaseUrl, CITIZEN.lisa.nationalNumber);
  const duplicates = { sent: DUPLICATES, confirmationsBefore: before, confirmationsRecorded: after - before };

  const atFifty = CONNECTIONS === 50;
  const targets: Target[] = [
    {
      target: 'dossier page p95 ≤ 100 ms at 50 connections',
      measured: `${dossier.p95Ms} ms at ${CONNECTIONS}`,
      result: atFifty ? verdict(dossier.p95Ms <= 100) : 'SKIP',
    },
    { target: 'dossier page ≥ 300 requests/s', measured: `${dossier.rps}/s`, result: verdict(dossier.rps >= 300) },
    { target: 'deadline ≥ 1,000 requests/s', measured: `${deadline.rps}/s`, result: verdict(deadline.rps >= 1000) },
    {
      target: `exactly one confirmation recorded for ${DUPLICATES} copies`,
      measured: String(duplicates.confirmationsRecorded),
      result: verdict(duplicates.confirmationsRecorded === 1),
    },
  ];
  return { rows, duplicates, targets, databaseVersion: await serverVersion(host.databaseUrl) };
}

const database = await chooseDatabase();
let host: HostChild | undefined;
// Ctrl-C must not leave the host process or the throwaway server behind.
process.once('SIGINT', () => {
  void Promise.allSettled([host?.stop()]).then(() => database.stop().finally(() => process.exit(130)));
});
// Other work on this small machine (a test run, a build) shows in every figure: say so.
const loadBefore = loadavg()[0] ?? 0;
try {
  console.log(`Database: ${database.label}`);
  if (loadBefore > 0.5) console.log(`Note: the machine was already busy (load average ${loadBefore.toFixed(2)})`);
  host = await startHostChild({
    ...(database.url ? { databaseUrl: database.url } : {}),
    ...(CPU_PROFILES ? { cpuProfileDirectory: CPU_PROFILES } : {}),
  });
  const { rows, duplicates, targets, databaseVersion } = await run(host);
  await host.stop();

  console.table(rows);
  console.table(targets);
  mkdirSync('bench-results', { recursive: true });
  const results = {
    database: { kind: database.kind, label: database.label, serverVersion: databaseVersion },
    node: process.version,
    cpus: { count: availableParallelism(), model: cpus()[0]?.model ?? 'unknown' },
    loadAverageBefore: Math.round(loadBefore * 100) / 100,
    load: { connections: CONNECTIONS, seconds: DURATION_S, warmUpSeconds: WARMUP_S },
    rows,
    duplicates,
    targets,
  };
  writeFileSync('bench-results/api.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log('wrote bench-results/api.json');
  if (CPU_PROFILES) console.log(`the host's CPU profile is in ${CPU_PROFILES}/`);
  // The speed targets are figures to read; a second confirmation is a bug.
  if (duplicates.confirmationsRecorded !== 1) process.exitCode = 1;
} catch (error) {
  console.error('bench:api failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await host?.stop();
  await database.stop();
}
