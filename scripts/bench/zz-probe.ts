// temporary probe, deleted after use
import autocannon from 'autocannon';
import { startThrowawayPostgres } from '../../dev/postgres/throwaway-server';
import { CITIZEN } from '../../dev/seed/candidates';
import { logIn } from '../../tests/support/log-in';
import { startHostChild } from './host-child';

const embedded = process.env['PROBE_EMBEDDED'] === '1';
const pgServer = embedded ? undefined : await startThrowawayPostgres();
const databaseUrl = pgServer ? await pgServer.createDatabase('probe') : undefined;
const host = await startHostChild({ ...(databaseUrl ? { databaseUrl } : {}), cpuProfileDirectory: process.env['PROBE_PROF'] ?? '/tmp/prof' });
const site = (path: string, init: RequestInit = {}) => fetch(`${host.url}${path}`, { ...init, redirect: 'manual' });
const { jar } = await logIn(site, CITIZEN.sarah.nationalNumber);
const path = process.env['PROBE_PATH'] ?? '/nl/dossier/';
const r = await autocannon({ url: `${host.url}${path}`, connections: 50, duration: Number(process.env['PROBE_S'] ?? 15), headers: { Cookie: jar.header() } });
console.log(path, 'rps', r.requests.average, 'p50', r.latency.p50, 'p97.5', r.latency.p97_5, 'non2xx', r.non2xx);
await host.stop();
await pgServer?.stop();
