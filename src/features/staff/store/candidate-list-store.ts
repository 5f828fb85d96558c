import { db } from '../../../platform/db/db';
import { AT_RISK_DAYS, PAGE_SIZE, type ListQuery } from '../model/list-query';
import type { CandidateList, CandidateSummary } from '../model/types';

/** The SQL condition of each filter; $2 is today's date in Belgium. */
const FILTER_SQL: Record<ListQuery['filter'], string> = {
  all: 'true',
  'at-risk': `d.status = 'open' AND d.deadline BETWEEN $2::date AND $2::date + ${AT_RISK_DAYS}`,
  'never-logged-in': `c.last_login_at IS NULL AND d.status <> 'struck-off'`,
  'deadline-passed': `d.status = 'open' AND d.deadline < $2::date`,
};

/** A search ($3) by file number or name; null matches everyone. */
const SEARCH_SQL = `($3::text IS NULL OR d.reference ILIKE $3 OR (c.given_name || ' ' || c.family_name) ILIKE $3)`;

/** `%` and `_` in a search are letters, not wildcards. */
const likePattern = (search: string) => `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

interface Row {
  reference: string;
  given_name: string;
  family_name: string;
  status: CandidateSummary['status'];
  letter_kind: string | null;
  letter_sent_on: string | null;
  deadline: string | null;
  days_left: number | null;
  last_login_at: Date | null;
  asked: number;
  received: number;
  total: number;
  at_risk: number;
}

export const toSummary = (row: Omit<Row, 'total' | 'at_risk'>): CandidateSummary => ({
  reference: row.reference,
  name: `${row.given_name} ${row.family_name}`,
  status: row.status,
  letterKind: row.letter_kind,
  letterSentOn: row.letter_sent_on,
  deadline: row.deadline,
  daysLeft: row.days_left,
  lastLoginAt: row.last_login_at?.toISOString() ?? null,
  documentsAsked: row.asked,
  documentsReceived: row.received,
});

/** Columns of one candidate's summary, over `d` (dossiers) and `c` (candidates); $2 is today. */
export const SUMMARY_COLUMNS = `d.reference, c.given_name, c.family_name, d.status, d.letter_kind,
  to_char(d.letter_sent_on, 'YYYY-MM-DD') AS letter_sent_on, to_char(d.deadline, 'YYYY-MM-DD') AS deadline,
  (d.deadline - $2::date) AS days_left, c.last_login_at,
  (SELECT count(*)::int FROM document_requests r WHERE r.dossier_id = d.id) AS asked,
  (SELECT count(DISTINCT x.kind)::int FROM documents x JOIN document_requests r
      ON r.dossier_id = x.dossier_id AND r.kind = x.kind WHERE x.dossier_id = d.id) AS received`;

/**
 * One page of a company's candidates, sorted by days left (the nearest deadline first, no
 * deadline last), with the number that match and the number at risk. The page is chosen on the
 * index (company, deadline) before the documents are counted for its rows only.
 */
export async function listCandidates(company: string, query: ListQuery, today: string): Promise<CandidateList> {
  const search = query.search === '' ? null : likePattern(query.search);
  // The candidates' table is joined only when the filter or the search needs it: for the at-risk
  // list of a large company that join was half the query's time.
  const needsCandidates = search !== null || query.filter === 'never-logged-in';
  const { rows } = await db().query<Row>(
    `WITH page AS (
       SELECT d.id, d.deadline, d.reference, count(*) OVER ()::int AS total
         FROM dossiers d ${needsCandidates ? 'JOIN candidates c ON c.id = d.candidate_id' : ''}
        WHERE d.housing_company = $1 AND ${FILTER_SQL[query.filter]}
          AND ${needsCandidates ? SEARCH_SQL : '$3::text IS NULL'}
        ORDER BY d.deadline ASC NULLS LAST, d.reference
        LIMIT ${PAGE_SIZE} OFFSET $4)
     SELECT ${SUMMARY_COLUMNS}, page.total,
            (SELECT count(*)::int FROM dossiers d WHERE d.housing_company = $1 AND ${FILTER_SQL['at-risk']}) AS at_risk
       FROM page JOIN dossiers d ON d.id = page.id JOIN candidates c ON c.id = d.candidate_id
      ORDER BY page.deadline ASC NULLS LAST, page.reference`,
    [company, today, search, (query.page - 1) * PAGE_SIZE],
  );
  const first = rows[0];
  // A page past the end has no rows to carry the counts: ask for them apart.
  const total = first?.total ?? (query.page > 1 ? await countMatching(company, query, today, search) : 0);
  const atRisk = first?.at_risk ?? (await countAtRisk(company, today));
  return { rows: rows.map(toSummary), total, atRisk };
}

async function countMatching(company: string, query: ListQuery, today: string, search: string | null) {
  const { rows } = await db().query<{ n: number }>(
    `SELECT count(*)::int AS n FROM dossiers d JOIN candidates c ON c.id = d.candidate_id
      WHERE d.housing_company = $1 AND $2::date IS NOT NULL AND ${FILTER_SQL[query.filter]}
        AND ${SEARCH_SQL}`,
    [company, today, search],
  );
  return rows[0]?.n ?? 0;
}

async function countAtRisk(company: string, today: string): Promise<number> {
  const { rows } = await db().query<{ n: number }>(
    `SELECT count(*)::int AS n FROM dossiers d
      WHERE d.housing_company = $1 AND ${FILTER_SQL['at-risk']}`,
    [company, today],
  );
  return rows[0]?.n ?? 0;
}
