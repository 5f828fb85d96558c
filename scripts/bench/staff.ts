// The housing company of `npm run bench:api`: 5,000 generated candidates and its staff member.
import { generatedDossiers, insertGeneratedDossiers } from '../../dev/seed/generated';
import { BENCH_COMPANY } from '../../dev/seed/staff';
import { withClient } from '../../dev/postgres/with-client';
import { todayInBelgium } from '../../src/lib/dates';
import { logIn } from '../../tests/support/log-in';

export const BENCH_CANDIDATES = 5_000;

/** Fills the bench company with its candidates (after the host's own seed); how many are at risk. */
export async function fillBenchCompany(databaseUrl: string): Promise<number> {
  const today = todayInBelgium();
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM dossiers WHERE housing_company = $1',
      [BENCH_COMPANY],
    );
    if ((rows[0]?.n ?? 0) === 0) {
      await client.query('BEGIN');
      await insertGeneratedDossiers(
        client,
        generatedDossiers(today, { count: BENCH_CANDIDATES, company: BENCH_COMPANY, seed: 9 }),
        today,
      );
      await client.query('COMMIT');
      await client.query('ANALYZE');
    }
    const atRisk = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM dossiers WHERE housing_company = $1 AND status = 'open'
          AND deadline BETWEEN $2::date AND $2::date + 10`,
      [BENCH_COMPANY, today],
    );
    return atRisk.rows[0]?.n ?? 0;
  });
}

/** The staff session cookie of the bench company's staff member, logged in through the provider. */
export async function benchStaffCookie(siteUrl: string): Promise<string> {
  const site = (path: string, init: RequestInit = {}) => fetch(`${siteUrl}${path}`, { ...init, redirect: 'manual' });
  const { response, jar } = await logIn(site, 'staff-bench', { returnPath: '/nl/staff/' });
  if (response.status !== 303) throw new Error(`the staff login answered ${response.status}`);
  return jar.header();
}
