/** The candidate list's filters: "at risk" is 10 days or fewer left and not confirmed. */
export const LIST_FILTERS = ['all', 'at-risk', 'never-logged-in', 'deadline-passed'] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

export const AT_RISK_DAYS = 10;
export const PAGE_SIZE = 50;
const SEARCH_MAX = 100;
const PAGE_MAX = 10_000;

export interface ListQuery {
  filter: ListFilter;
  search: string;
  page: number;
}

/** Written out whole, so the translation check sees every key used. */
export const FILTER_LABELS: Record<ListFilter, string> = {
  all: 'staff.filter.all',
  'at-risk': 'staff.filter.atRisk',
  'never-logged-in': 'staff.filter.neverLoggedIn',
  'deadline-passed': 'staff.filter.deadlinePassed',
};

export type ListQueryResult =
  { ok: true; query: ListQuery } | { ok: false; query: ListQuery; field: 'filter' | 'q' | 'page' };

/**
 * The list's query from the address (`filter`, `q`, `page`); on a value we cannot use, the
 * field it is about and the defaults, so the page can say what was wrong and still show a list.
 * @example parseListQuery(new URLSearchParams('filter=at-risk')) // { ok: true, query: { filter: 'at-risk', search: '', page: 1 } }
 */
export function parseListQuery(params: URLSearchParams): ListQueryResult {
  const defaults: ListQuery = { filter: 'all', search: '', page: 1 };
  const filter = params.get('filter') ?? 'all';
  if (!(LIST_FILTERS as readonly string[]).includes(filter)) return { ok: false, query: defaults, field: 'filter' };
  const search = (params.get('q') ?? '').trim();
  // eslint-disable-next-line no-control-regex
  if (search.length > SEARCH_MAX || /[\u0000-\u001f\u007f]/.test(search)) {
    return { ok: false, query: { ...defaults, filter: filter as ListFilter }, field: 'q' };
  }
  const pageText = params.get('page') ?? '1';
  const page = /^\d{1,5}$/.test(pageText) ? Number(pageText) : NaN;
  if (!(page >= 1 && page <= PAGE_MAX)) {
    return { ok: false, query: { ...defaults, filter: filter as ListFilter, search }, field: 'page' };
  }
  return { ok: true, query: { filter: filter as ListFilter, search, page } };
}
