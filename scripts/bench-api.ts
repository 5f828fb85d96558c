// `npm run bench:api`: load on the local function host with a real PostgreSQL server: the dossier
// page, the deadline calculator and confirmations, then BENCH_DUPLICATES copies of one
// confirmation (one idempotency key) that must record exactly one, then a housing company's
// at-risk list among 5,000 candidates at BENCH_STAFF_CONNECTIONS (20). Prints a table and the targets
// and writes bench-results/api.json. A benchmark, not a test: only "exactly one" sets the exit code.
//
// DATABASE_URL=postgres://… measures against that server; BENCH_DATABASE=embedded against the
// embedded database (PGlite), to compare; by default a throwaway PostgreSQL server. The host runs
// in a child process so that autocannon does not take its event loop; BENCH_CPU_PROF=1 writes the
// host's CPU profile to bench-results/cpu-profiles/. BENCH_CONNECTIONS (50), BENCH_SECONDS (30),
// BENCH_WARMUP_SECONDS (3) and BENCH_DUPLICATES (1000) change the load.
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { CITIZEN } from '../dev/seed/candidates';
import { addDays, todayInBelgium } from '../src/lib/dates';
import { FORM, readyToConfirm } from './bench/citizen';
import { chooseDatabase, confirmationsOf, serverVersion } from './bench/database';
import { startHostChild, type HostChild } from './bench/host-child';
import { busyBeforeStart } from './bench/machine';
import { measure, warmUp, type Row } from './bench/measure';
import { benchStaffCookie, BENCH_CANDIDATES, fillBenchCompany } from './bench/staff';
import { judge, type Duplicates } from './bench/targets';

const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 50);
const DURATION_S = Number(process.env['BENCH_SECONDS'] ?? 30);
const WARMUP_S = Number(process.env['BENCH_WARMUP_SECONDS'] ?? 3);
const DUPLICATES = Number(process.env['BENCH_DUPLICATES'] ?? 1000);
/** The staff list's target is set at 20 connections: a company's staff, not the public. */
const STAFF_CONNECTIONS = Number(process.env['BENCH_STAFF_CONNECTIONS'] ?? 20);
const CPU_PROFILES = process.env['BENCH_CPU_PROF'] ? 'bench-results/cpu-profiles' : undefined;

/** Warms up, then measures: the same load twice, and only the second counts. */
async function scenario(name: string, expected: number, url: string, options: Parameters<typeof measure>[3]) {
  if (WARMUP_S > 0) await warmUp(url, { connections: CONNECTIONS, ...options, duration: WARMUP_S });
  const label = `${name} (${CONNECTIONS} connections, ${DURATION_S} s)`;
  return measure(label, expected, url, { connections: CONNECTIONS, ...options, duration: DURATION_S });
}

/** Logs the citizens in and runs the four scenarios against the host; the rows and the verdicts. */
async function run(host: HostChild) {
  const sarah = await readyToConfirm(host.url, CITIZEN.sarah.nationalNumber);
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

  // Another citizen, whose dossier is not confirmed yet: Sarah's confirmations above do not count.
  const lisa = await readyToConfirm(host.url, CITIZEN.lisa.nationalNumber);
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
  const duplicates: Duplicates = {
    sent: DUPLICATES,
    confirmationsBefore: before,
    confirmationsRecorded: after - before,
  };

  // A housing company with 5,000 candidates: its at-risk list, first page, as staff open it.
  const atRisk = await fillBenchCompany(host.databaseUrl);
  const staffCookie = await benchStaffCookie(host.url);
  const staffUrl = `${host.url}/nl/staff/?filter=at-risk`;
  const staffLoad = { connections: STAFF_CONNECTIONS, headers: { Cookie: staffCookie } };
  if (WARMUP_S > 0) await warmUp(staffUrl, { ...staffLoad, duration: WARMUP_S });
  const staffList = await measure(
    `GET /nl/staff/?filter=at-risk (${BENCH_CANDIDATES} candidates, ${atRisk} at risk; ${STAFF_CONNECTIONS} connections, ${DURATION_S} s)`,
    200,
    staffUrl,
    { ...staffLoad, duration: DURATION_S },
  );
  rows.push(staffList);

  const targets = judge(dossier, deadline, duplicates, CONNECTIONS, { row: staffList, connections: STAFF_CONNECTIONS });
  return { rows, duplicates, targets, databaseVersion: await serverVersion(host.databaseUrl) };
}

// Other work on this small machine (a test run, a build) shows in every figure: say so.
const machine = await busyBeforeStart();
const database = await chooseDatabase();
let host: HostChild | undefined;
// Ctrl-C must not leave the host process or the throwaway server behind.
process.once('SIGINT', () => {
  void Promise.allSettled([host?.stop()]).then(() => database.stop().finally(() => process.exit(130)));
});
try {
  console.log(`Database: ${database.label}`);
  const busy = `${Math.round(machine.busy * 100)}%`;
  if (machine.busy > 0.1) console.log(`Note: the machine was already busy before the start (${busy}, ${machine.how})`);
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
    busyBeforeStart: { share: Math.round(machine.busy * 100) / 100, how: machine.how },
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
