import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import { Document } from '../../../ui/Document';
import { groupedReference } from '../model/reference';
import type { HelpSession, Reservation } from '../model/types';
import { SessionFacts } from './SessionFacts';
import { calendarHref } from './session-text';

/**
 * The answer to a booking, made to print on one page: the reference large, the session, and how
 * to cancel. It is the answer to the form itself, so the reference never appears in an address.
 */
export function ReservationPage({
  lang,
  reservation,
  session,
  cancelAddress,
}: {
  lang: Lang;
  reservation: Reservation;
  session: HelpSession;
  /** The cancel page's whole address, printed for someone who reads it on paper. */
  cancelAddress: string;
}) {
  const t = getT(lang);
  const title = t(reservation.cancelled ? 'sessions.cancel.done.title' : 'sessions.reserved.title');
  return (
    <Document lang={lang} title={title} path="/help-near-me/">
      <div class="ticket">
        <h1>{title}</h1>
        {reservation.cancelled && (
          <p class="panel warn" role="alert">
            <strong>{t('sessions.reserved.cancelled')}</strong>
          </p>
        )}
        <p>{t('sessions.reserved.for', { firstName: reservation.firstName })}</p>
        <p>
          {t('sessions.reserved.reference')}
          <br />
          <strong class="reference" id="reference">
            {groupedReference(reservation.reference)}
          </strong>
        </p>
        <p>{t('sessions.reserved.keep')}</p>
        <SessionFacts lang={lang} session={session} />
        <h2>{t('sessions.reserved.cancelTitle')}</h2>
        <p>{t('sessions.reserved.cancelText', { address: cancelAddress })}</p>
      </div>
      <p class="no-print">
        <button type="button" id="print" hidden>
          {t('sessions.reserved.print')}
        </button>
      </p>
      <script src="/print.js" defer></script>
      <ul class="no-print">
        <li>
          <a href={calendarHref(session.id, lang)} download="hulpsessie.ics">
            {t('sessions.calendar')}
          </a>
        </li>
        <li>
          <a href={`/${lang}/help-near-me/cancel/`}>{t('sessions.cancel.link')}</a>
        </li>
      </ul>
    </Document>
  );
}
