import { formatDate, getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { TextField } from '../../../ui/form/TextField';
import { GROUND_LABELS } from '../model/grounds';
import type { Counts, Period, Report } from '../model/report';
import { staffLang } from '../model/staff-languages';
import { BarChart } from './BarChart';
import { StaffLayout } from './StaffLayout';

interface Props {
  lang: Lang;
  csrf: string;
  staffName: string;
  company: string;
  report: Report;
  /** The period field that could not be used, if any, with its translation key. */
  problem: { field: 'from' | 'to'; key: string } | null;
  /** What the fields show: the period, or what was typed when it could not be used. */
  input: Period;
}

function CountCells({ counts }: { counts: Counts }) {
  return (
    <>
      <td class="num">{counts.total}</td>
      <td class="num">{counts.neverLoggedIn}</td>
      <td class="num">{counts.helpOrProxy}</td>
      <td class="num">{counts.contested}</td>
    </>
  );
}

function CountHeads({ lang }: { lang: Lang }) {
  const t = getT(lang);
  return (
    <>
      <th scope="col" class="num">
        {t('report.table.total')}
      </th>
      <th scope="col" class="num">
        {t('report.table.neverLoggedIn')}
      </th>
      <th scope="col" class="num">
        {t('report.table.helpOrProxy')}
      </th>
      <th scope="col" class="num">
        {t('report.table.contested')}
      </th>
    </>
  );
}

interface Group {
  id: string;
  heading: string;
  caption: string;
  chartTitle: string;
  firstColumn: string;
  rows: { label: string; counts: Counts }[];
}

/** A table (the source) and next to it, below on the page's one column, a chart of its totals. */
function Section({ lang, group, total }: { lang: Lang; group: Group; total: Counts }) {
  const t = getT(lang);
  return (
    <section aria-labelledby={`${group.id}-heading`}>
      <h2 id={`${group.id}-heading`}>{group.heading}</h2>
      <div class="scroll" role="region" aria-labelledby={`${group.id}-caption`} tabindex={0}>
        <table>
          <caption id={`${group.id}-caption`}>{group.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{group.firstColumn}</th>
              <CountHeads lang={lang} />
            </tr>
          </thead>
          <tbody>
            {group.rows.map((row) => (
              <tr>
                <th scope="row">{row.label}</th>
                <CountCells counts={row.counts} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('report.table.all')}</th>
              <CountCells counts={total} />
            </tr>
          </tfoot>
        </table>
      </div>
      <BarChart
        id={`${group.id}-chart`}
        title={group.chartTitle}
        desc={t('report.chart.desc', { table: group.caption })}
        bars={group.rows.map((row) => ({ label: row.label, value: row.counts.total }))}
      />
    </section>
  );
}

/** /{lang}/staff/report/: the company's strike-offs in a period, per municipality and per ground. */
export function ReportPage({ lang, csrf, staffName, company, report, problem, input }: Props) {
  const shown = staffLang(lang);
  const t = getT(shown);
  const { from, to } = report.period;
  const period = { from: formatDate(from, shown), to: formatDate(to, shown) };
  const errors = problem ? [{ field: problem.field, key: problem.key }] : [];
  const csvHref = `/${lang}/staff/report.csv?${new URLSearchParams({ from, to }).toString()}`;
  const municipalities: Group = {
    id: 'by-municipality',
    heading: t('report.byMunicipality.heading'),
    caption: t('report.byMunicipality.caption', period),
    chartTitle: t('report.byMunicipality.chart', period),
    firstColumn: t('report.table.municipality'),
    rows: report.municipalities.map(({ municipality, ...counts }) => ({ label: municipality, counts })),
  };
  const grounds: Group = {
    id: 'by-ground',
    heading: t('report.byGround.heading'),
    caption: t('report.byGround.caption', period),
    chartTitle: t('report.byGround.chart', period),
    firstColumn: t('report.table.ground'),
    rows: report.grounds.map(({ ground, ...counts }) => ({ label: t(GROUND_LABELS[ground]), counts })),
  };
  return (
    <StaffLayout
      lang={lang}
      title={t('report.title')}
      path="/staff/report/"
      csrf={csrf}
      staffName={staffName}
      company={company}
      hasError={problem !== null}
    >
      <ErrorSummary lang={shown} errors={errors} />
      <h1>{t('report.title')}</h1>
      <p>{t('report.intro', { company })}</p>
      <form method="get" action={`/${lang}/staff/report/`} class="no-print">
        <TextField
          lang={shown}
          id="from"
          label={t('report.period.from')}
          hint={t('report.period.hint')}
          value={input.from}
          error={problem?.field === 'from' ? problem.key : undefined}
          maxLength={40}
        />
        <TextField
          lang={shown}
          id="to"
          label={t('report.period.to')}
          hint={t('report.period.hint')}
          value={input.to}
          error={problem?.field === 'to' ? problem.key : undefined}
          maxLength={40}
        />
        <button type="submit">{t('report.period.show')}</button>
      </form>
      <p class="panel">{t('report.summary', { number: report.all.total, ...period })}</p>
      {report.all.total === 0 ? (
        <p>{t('report.empty')}</p>
      ) : (
        <>
          <Section lang={shown} group={municipalities} total={report.all} />
          <Section lang={shown} group={grounds} total={report.all} />
          <section aria-labelledby="detail-heading">
            <h2 id="detail-heading">{t('report.detail.heading')}</h2>
            <div class="scroll" role="region" aria-labelledby="detail-caption" tabindex={0}>
              <table>
                <caption id="detail-caption">{t('report.detail.caption', period)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('report.table.municipality')}</th>
                    <th scope="col">{t('report.table.ground')}</th>
                    <CountHeads lang={shown} />
                  </tr>
                </thead>
                <tbody>
                  {report.cells.map((cell) => (
                    <tr>
                      <th scope="row">{cell.municipality}</th>
                      <td>{t(GROUND_LABELS[cell.ground])}</td>
                      <CountCells counts={cell} />
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
      <p class="no-print">
        <a href={csvHref} download>
          {t('report.csv')}
        </a>
      </p>
    </StaffLayout>
  );
}
