import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import type { FieldError } from '../../../lib/validation/issues';
import { StaffLayout } from '../../staff/views/index';
import type { StaffHelpSession } from '../model/types';
import { PublishForm } from './PublishForm';
import { SessionLanguages } from './SessionLanguages';
import { sessionDate } from './session-text';

interface Props {
  lang: Lang;
  shown: Lang;
  csrf: string;
  staffName: string;
  company: string;
  sessions: StaffHelpSession[];
  now: Date;
  idempotencyKey: string;
  published?: boolean;
  values?: Record<string, string>;
  errors?: FieldError[];
}

function SessionTable({
  lang,
  shown,
  sessions,
  id,
}: {
  lang: Lang;
  shown: Lang;
  sessions: StaffHelpSession[];
  id: string;
}) {
  const t = getT(shown);
  if (sessions.length === 0) return <p>{t('staffSessions.list.none')}</p>;
  return (
    <div class="scroll" role="region" aria-labelledby={id} tabindex={0}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('staffSessions.col.when')}</th>
            <th scope="col">{t('staffSessions.col.place')}</th>
            <th scope="col">{t('staffSessions.col.languages')}</th>
            <th scope="col">{t('staffSessions.col.booked')}</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr>
              <td>
                <a
                  href={`/${lang}/staff/sessions/${s.id}/`}
                >{`${sessionDate(s.date, shown)}, ${s.time}–${s.endTime}`}</a>
              </td>
              <td lang="nl">{`${s.place}, ${s.postcode} ${s.municipality}`}</td>
              <td>
                <SessionLanguages languages={s.languages} />
              </td>
              <td>{t('staffSessions.booked', { booked: s.reservations, places: s.places })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** GET /{lang}/staff/sessions/: the company's sessions, coming and past, and the form to publish one. */
export function StaffSessionsPage(props: Props) {
  const {
    lang,
    shown,
    csrf,
    staffName,
    company,
    sessions,
    now,
    idempotencyKey,
    published = false,
    errors = [],
  } = props;
  const t = getT(shown);
  const coming = sessions.filter((s) => s.startsAt > now);
  const past = sessions.filter((s) => s.startsAt <= now);
  return (
    <StaffLayout
      lang={lang}
      title={t('staffSessions.list.title')}
      path="/staff/sessions/"
      csrf={csrf}
      staffName={staffName}
      company={company}
      hasError={errors.length > 0}
    >
      <h1>{t('staffSessions.list.title')}</h1>
      {published && (
        <p class="panel ok" role="status">
          {t('staffSessions.published')}
        </p>
      )}
      <h2 id="coming-title">{t('staffSessions.list.coming')}</h2>
      <SessionTable lang={lang} shown={shown} sessions={coming} id="coming-title" />
      <PublishForm
        shown={shown}
        lang={lang}
        csrf={csrf}
        idempotencyKey={idempotencyKey}
        values={props.values ?? {}}
        errors={errors}
      />
      <h2 id="past-title">{t('staffSessions.list.past')}</h2>
      <SessionTable lang={lang} shown={shown} sessions={past} id="past-title" />
    </StaffLayout>
  );
}
