// temporary probe, deleted after use
import pg from 'pg';
import { startThrowawayPostgres } from '../../dev/postgres/throwaway-server';
import { CITIZEN } from '../../dev/seed/candidates';
import { logIn } from '../../tests/support/log-in';
import { DOSSIER_QUERY } from '../../src/server/dossier-query';
import { startHostChild } from './host-child';

const pgServer = await startThrowawayPostgres();
const databaseUrl = await pgServer.createDatabase('probe');
const host = await startHostChild({ databaseUrl });
const site = (path: string, init: RequestInit = {}) => fetch(`${host.url}${path}`, { ...init, redirect: 'manual' });
await logIn(site, CITIZEN.sarah.nationalNumber);
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
const { rows: [s] } = await pool.query('SELECT id_hash, candidate_id FROM sessions LIMIT 1');
const { rows: [d] } = await pool.query('SELECT id FROM dossiers WHERE candidate_id = $1', [s.candidate_id]);
const qs: Record<string, [string, unknown[]]> = {
  session: [`UPDATE sessions SET last_seen_at = now() WHERE id_hash = $1 AND ended_at IS NULL AND last_seen_at > now() - make_interval(mins => $2) AND created_at > now() - make_interval(hours => $3) RETURNING id_hash, candidate_id, method, csrf_token, created_at, last_seen_at`, [s.id_hash, 30, 12]],
  dossier: [DOSSIER_QUERY, [s.candidate_id]],
  audit: ['INSERT INTO audit_log (actor, dossier_id, action) VALUES ($1, $2, $3)', [`candidate:${s.candidate_id}`, d.id, 'dossier.read']],
  select1: ['SELECT 1', []],
};
const named = async (name: string, sql: string, params: unknown[]) => { const n = 3000; const t0 = performance.now(); for (let i = 0; i < n; i++) await pool.query({ name, text: sql, values: params }); console.log(name, 'prepared, serial', ((performance.now() - t0) / n).toFixed(3), 'ms/q'); };
for (let r = 0; r < 2; r++) { const n = 3000; let t0 = performance.now(); for (let i = 0; i < n; i++) await pool.query(DOSSIER_QUERY, [s.candidate_id]); console.log('dossier unnamed serial', ((performance.now() - t0) / n).toFixed(3)); await named('dossierP', DOSSIER_QUERY, [s.candidate_id]); }
const fresh = await pool.query('SELECT id_hash FROM sessions ORDER BY created_at LIMIT 1');
void fresh;
for (const [name, [sql, params]] of Object.entries(qs)) {
  const ex = await pool.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params).catch((e) => ({ rows: [{ 'QUERY PLAN': [{ 'Execution Time': String(e.message) }] }] }));
  const plan = (ex.rows[0] as Record<string, Array<Record<string, unknown>>>)['QUERY PLAN']![0]!;
  for (const conc of [1, 10]) {
    const n = 2000;
    const t0 = performance.now();
    let left = n;
    await Promise.all(Array.from({ length: conc }, async () => { while (left-- > 0) await pool.query(sql, params); }));
    const ms = performance.now() - t0;
    console.log(name, `conc=${conc}`, `${(n / (ms / 1000)).toFixed(0)} q/s`, `${(ms / n * conc).toFixed(3)} ms/q`, 'plan exec ms', plan['Execution Time'], 'planning', plan['Planning Time']);
  }
}
await pool.end();
await host.stop();
await pgServer.stop();
