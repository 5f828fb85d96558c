import { formatDay } from '../../../lib/date-time';
import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { FILTER_LABELS, LIST_FILTERS, PAGE_SIZE, type ListQuery } from '../model/list-query';
import { staffLang } from '../model/staff-languages';
import type { CandidateList, CandidateSummary } from '../model/types';
import { LETTER_KEYS, STATUS_KEYS } from './labels';
import { StaffLayout } from './StaffLayout';

interface Props {
  lang: Lang;
  csrf: string;
  staffName: string;
  company: string;
  query: ListQuery;
  list: CandidateList;
  /** The query field that could not be used, if any. */
  problem: 'filter' | 'q' | 'page' | null;
}

const PROBLEM_KEYS = {
  filter: 'staff.list.badFilter',
  q: 'staff.list.badSearch',
  page: 'staff.list.badPage',
} as const;

/** The address of the list with this query (only what differs from the defaults). */
function listHref(lang: Lang, query: ListQuery): string {
  const params = new URLSearchParams();
  if (query.filter !== 'all') params.set('filter', query.filter);
  if (query.search !== '') params.set('q', query.search);
  if (query.page > 1) params.set('page', String(query.page));
  const text = params.toString();
  return `/${lang}/staff/${text ? `?${text}` : ''}`;
}

function Row({ lang, row }: { lang: Lang; row: CandidateSummary }) {
  const t = getT(staffLang(lang));
  const shown = staffLang(lang);
  return (
    <tr>
      <td>
        <a href={`/${lang}/staff/candidates/${encodeURIComponent(row.reference)}/`}>{row.name}</a>
        <br />
        {row.reference}
      </td>
      <td>
        {row.letterKind && row.letterSentOn
          ? `${t(LETTER_KEYS[row.letterKind] ?? 'staff.letter.first')}, ${formatDay(row.letterSentOn, shown)}`
          : t('staff.list.noLetter')}
      </td>
      <td class="num">
        {row.daysLeft === null
          ? '–'
          : row.daysLeft < 0
            ? t('staff.list.daysPassed', { count: -row.daysLeft })
            : t('staff.list.daysLeft', { count: row.daysLeft })}
      </td>
      <td>{t(STATUS_KEYS[row.status])}</td>
      <td>{row.lastLoginAt ? formatDay(row.lastLoginAt, shown) : t('staff.list.never')}</td>
      <td class="num">
        {t('staff.list.documentsCount', { received: row.documentsReceived, asked: row.documentsAsked })}
      </td>
    </tr>
  );
}

/** /{lang}/staff/: the company's candidates, filtered, searched, sorted by days left, in pages of 50. */
export function CandidateListPage({ lang, csrf, staffName, company, query, list, problem }: Props) {
  const shown = staffLang(lang);
  const t = getT(shown);
  const pages = Math.max(1, Math.ceil(list.total / PAGE_SIZE));
  const errors = problem ? [{ field: problem === 'q' ? 'q' : 'filter', key: PROBLEM_KEYS[problem] }] : [];
  return (
    <StaffLayout
      lang={lang}
      title={t('staff.list.title')}
      path="/staff/"
      csrf={csrf}
      staffName={staffName}
      company={company}
      hasError={problem !== null}
    >
      <ErrorSummary lang={shown} errors={errors} />
      <h1>{t('staff.list.title')}</h1>
      <p class="panel">{t('staff.list.atRisk', { count: list.atRisk })}</p>
      <form method="get" action={`/${lang}/staff/`} class="no-print">
        <div class="field">
          <label for="filter">{t('staff.list.filter')}</label>
          <select id="filter" name="filter">
            {LIST_FILTERS.map((filter) => (
              <option value={filter} selected={filter === query.filter}>
                {t(FILTER_LABELS[filter])}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="q">{t('staff.list.search')}</label>
          <span class="hint" id="q-hint">
            {t('staff.list.searchHint')}
          </span>
          <input id="q" name="q" type="search" value={query.search} maxLength={100} aria-describedby="q-hint" />
        </div>
        <button type="submit">{t('staff.list.show')}</button>
      </form>
      <h2 id="result-title">{t('staff.list.result', { count: list.total, filter: t(FILTER_LABELS[query.filter]) })}</h2>
      {list.rows.length === 0 ? (
        <p>{t('staff.list.empty')}</p>
      ) : (
        <div class="scroll" role="region" aria-labelledby="result-title" tabindex={0}>
          <table>
            <caption class="vh">{t('staff.list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('staff.list.candidate')}</th>
                <th scope="col">{t('staff.list.letter')}</th>
                <th scope="col">{t('staff.list.days')}</th>
                <th scope="col">{t('staff.list.status')}</th>
                <th scope="col">{t('staff.list.lastLogin')}</th>
                <th scope="col">{t('staff.list.documents')}</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <Row lang={lang} row={row} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav aria-label={t('staff.list.pages')} class="no-print">
          <p>{t('staff.list.pageOf', { page: query.page, pages })}</p>
          <ul class="pager">
            {query.page > 1 && (
              <li>
                <a href={listHref(lang, { ...query, page: query.page - 1 })} rel="prev">
                  {t('staff.list.previous')}
                </a>
              </li>
            )}
            {query.page < pages && (
              <li>
                <a href={listHref(lang, { ...query, page: query.page + 1 })} rel="next">
                  {t('staff.list.next')}
                </a>
              </li>
            )}
          </ul>
        </nav>
      )}
    </StaffLayout>
  );
}
