import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import { StaffLayout } from '../../staff/views/index';
import type { HelpSession, Reservation } from '../model/types';
import { SessionFacts } from './SessionFacts';

interface Props {
  lang: Lang;
  shown: Lang;
  csrf: string;
  staffName: string;
  company: string;
  session: HelpSession;
  reservations: Reservation[];
}

/** GET /{lang}/staff/sessions/{id}/: who booked, to call them if the session changes: first name and phone only. */
export function StaffReservationsPage({ lang, shown, csrf, staffName, company, session, reservations }: Props) {
  const t = getT(shown);
  const active = reservations.filter((r) => !r.cancelled).length;
  return (
    <StaffLayout
      lang={lang}
      title={t('staffSessions.reservations.title')}
      path={`/staff/sessions/${session.id}/`}
      csrf={csrf}
      staffName={staffName}
      company={company}
    >
      <h1>{t('staffSessions.reservations.title')}</h1>
      <SessionFacts lang={shown} session={session} />
      <p>{t('staffSessions.booked', { booked: active, places: session.places })}</p>
      <h2 id="reservations-title">{t('staffSessions.reservations.list')}</h2>
      {reservations.length === 0 ? (
        <p>{t('staffSessions.reservations.none')}</p>
      ) : (
        <div class="scroll" role="region" aria-labelledby="reservations-title" tabindex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('staffSessions.col.firstName')}</th>
                <th scope="col">{t('staffSessions.col.phone')}</th>
                <th scope="col">{t('staffSessions.col.state')}</th>
              </tr>
            </thead>
            <tbody>
              {reservations.map((r) => (
                <tr>
                  <td>{r.firstName}</td>
                  <td>
                    <a href={`tel:${r.phone.replace(/[^\d+]/g, '')}`}>{r.phone}</a>
                  </td>
                  <td>{t(r.cancelled ? 'staffSessions.state.cancelled' : 'staffSessions.state.booked')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <a href={`/${lang}/staff/sessions/`}>{t('staffSessions.back')}</a>
      </p>
    </StaffLayout>
  );
}
