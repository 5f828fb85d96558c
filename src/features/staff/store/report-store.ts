import { db } from '../../../platform/db/db';
import { isStrikeOffGround } from '../model/grounds';
import type { Period, ReportCell } from '../model/report';

interface Row {
  municipality: string;
  ground: string;
  total: number;
  never_logged_in: number;
  help_or_proxy: number;
  contested: number;
}

/** $1, $2: the period; $3: one company, or null for all of them. Counts only, no person. */
const CELLS_SQL = `SELECT municipality, ground, count(*)::int AS total,
         count(*) FILTER (WHERE never_logged_in)::int AS never_logged_in,
         count(*) FILTER (WHERE had_help OR had_proxy)::int AS help_or_proxy,
         count(*) FILTER (WHERE contested_on IS NOT NULL)::int AS contested
    FROM strike_offs
   WHERE notice_date BETWEEN $1::date AND $2::date AND ($3::text IS NULL OR company = $3)
   GROUP BY municipality, ground`;

async function cells(period: Period, company: string | null): Promise<ReportCell[]> {
  const { rows } = await db().query<Row>(CELLS_SQL, [period.from, period.to, company]);
  return rows.flatMap((row) =>
    isStrikeOffGround(row.ground)
      ? [
          {
            municipality: row.municipality,
            ground: row.ground,
            total: row.total,
            neverLoggedIn: row.never_logged_in,
            helpOrProxy: row.help_or_proxy,
            contested: row.contested,
          },
        ]
      : [],
  );
}

/** One company's strike-offs with a notice date in the period, per municipality and ground. */
export const companyReportCells = (company: string, period: Period) => cells(period, company);

/** Every company's strike-offs with a notice date in the period, per municipality and ground. */
export const allReportCells = (period: Period) => cells(period, null);
