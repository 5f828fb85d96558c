import { addDays, daysBetween, parseDate } from '../../../lib/dates';
import { STRIKE_OFF_GROUNDS, type StrikeOffGround } from './grounds';

/** The longest period a report covers. */
export const REPORT_MAX_DAYS = 5 * 366;
/** A count under this (and above 0) is not published: one person could be recognised in it. */
export const SUPPRESS_UNDER = 5;

export interface Period {
  from: string;
  to: string;
}

/** The figures of one cell: a municipality and a ground. */
export interface Counts {
  total: number;
  neverLoggedIn: number;
  helpOrProxy: number;
  contested: number;
}

export const COUNT_NAMES = [
  'total',
  'neverLoggedIn',
  'helpOrProxy',
  'contested',
] as const satisfies readonly (keyof Counts)[];

export interface ReportCell extends Counts {
  municipality: string;
  ground: StrikeOffGround;
}

export interface Report {
  period: Period;
  /** Per municipality and ground, sorted by municipality, then in the order of the grounds. */
  cells: ReportCell[];
  /** Per municipality, over all grounds. */
  municipalities: (Counts & { municipality: string })[];
  /** Per ground, over all municipalities (every ground, zero included). */
  grounds: (Counts & { ground: StrikeOffGround })[];
  all: Counts;
}

/** Written out whole, so the translation check sees every key used. */
export const PERIOD_PROBLEMS = {
  fromInvalid: 'report.period.fromInvalid',
  toInvalid: 'report.period.toInvalid',
  order: 'report.period.order',
  tooLong: 'report.period.tooLong',
} as const;

export type PeriodResult =
  | { ok: true; period: Period }
  | { ok: false; period: Period; field: 'from' | 'to'; key: string; input: { from: string; to: string } };

/**
 * The last twelve months up to today: from the day after the same date a year ago.
 * @example defaultPeriod('2026-12-03') // { from: '2025-12-04', to: '2026-12-03' }
 */
export function defaultPeriod(today: string): Period {
  const yearAgo = `${String(Number(today.slice(0, 4)) - 1).padStart(4, '0')}${today.slice(4)}`.replace(
    /-02-29$/,
    '-02-28',
  );
  return { from: addDays(yearAgo, 1), to: today };
}

const MAX_INPUT = 40;

/**
 * The period from the address: `from` and `to` (2026-01-31; a person may also type 31-01-2026),
 * each left out meaning the last twelve months up to today. On a value we cannot use, the field,
 * its translation key and the default period, so the page can say what was wrong and still show.
 * @example parsePeriod(new URLSearchParams('from=2026-01-01&to=2026-06-30'), '2026-12-03')
 */
export function parsePeriod(params: URLSearchParams, today: string): PeriodResult {
  const fallback = defaultPeriod(today);
  const fromText = (params.get('from') ?? '').trim();
  const toText = (params.get('to') ?? '').trim();
  const input = { from: fromText.slice(0, MAX_INPUT), to: toText.slice(0, MAX_INPUT) };
  const read = (text: string, otherwise: string) => {
    if (text === '') return otherwise;
    if (text.length > MAX_INPUT) return null;
    const value = parseDate(text);
    return value === 'invalid' || value === 'impossible' ? null : value;
  };
  const from = read(fromText, fallback.from);
  if (from === null) return { ok: false, period: fallback, field: 'from', key: PERIOD_PROBLEMS.fromInvalid, input };
  const to = read(toText, fallback.to);
  if (to === null) return { ok: false, period: fallback, field: 'to', key: PERIOD_PROBLEMS.toInvalid, input };
  if (from > to) return { ok: false, period: fallback, field: 'from', key: PERIOD_PROBLEMS.order, input };
  if (daysBetween(from, to) > REPORT_MAX_DAYS) {
    return { ok: false, period: fallback, field: 'from', key: PERIOD_PROBLEMS.tooLong, input };
  }
  return { ok: true, period: { from, to } };
}

export const emptyCounts = (): Counts => ({ total: 0, neverLoggedIn: 0, helpOrProxy: 0, contested: 0 });

const add = (sum: Counts, c: Counts) => {
  for (const name of COUNT_NAMES) sum[name] += c[name];
};

/** The report from its cells: the sums per municipality, per ground and over all. */
export function buildReport(period: Period, cells: ReportCell[]): Report {
  const order = (g: StrikeOffGround) => STRIKE_OFF_GROUNDS.indexOf(g);
  const sorted = [...cells].sort((a, b) =>
    a.municipality === b.municipality ? order(a.ground) - order(b.ground) : a.municipality < b.municipality ? -1 : 1,
  );
  const byMunicipality = new Map<string, Counts>();
  const byGround = new Map<StrikeOffGround, Counts>(STRIKE_OFF_GROUNDS.map((g) => [g, emptyCounts()]));
  const all = emptyCounts();
  for (const cell of sorted) {
    const m = byMunicipality.get(cell.municipality) ?? emptyCounts();
    byMunicipality.set(cell.municipality, m);
    add(m, cell);
    add(byGround.get(cell.ground) ?? emptyCounts(), cell);
    add(all, cell);
  }
  return {
    period,
    cells: sorted,
    municipalities: [...byMunicipality].map(([municipality, counts]) => ({ municipality, ...counts })),
    grounds: [...byGround].map(([ground, counts]) => ({ ground, ...counts })),
    all,
  };
}

/** A published count: null when it is above 0 and under 5. */
export type PublicCounts = { [K in keyof Counts]: number | null } & { suppressed: boolean };

/**
 * Suppression for publication: every count above 0 and under 5 becomes null and the cell says
 * `suppressed: true`, so nobody can be singled out. Sums are made before, and hidden the same way.
 * @example suppress({ total: 7, neverLoggedIn: 2, helpOrProxy: 0, contested: 5 }) // { total: 7, neverLoggedIn: null, helpOrProxy: 0, contested: 5, suppressed: true }
 */
export function suppress(counts: Counts): PublicCounts {
  let suppressed = false;
  const hide = (n: number) => {
    if (n > 0 && n < SUPPRESS_UNDER) {
      suppressed = true;
      return null;
    }
    return n;
  };
  const total = hide(counts.total);
  const neverLoggedIn = hide(counts.neverLoggedIn);
  const helpOrProxy = hide(counts.helpOrProxy);
  const contested = hide(counts.contested);
  return { total, neverLoggedIn, helpOrProxy, contested, suppressed };
}
