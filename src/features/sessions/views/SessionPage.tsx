import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import type { FieldError } from '../../../lib/validation/issues';
import { Document } from '../../../ui/Document';
import type { HelpSession } from '../model/types';
import { BookingForm } from './BookingForm';
import { NextSession } from './NextSession';
import { PlacesLeft } from './PlacesLeft';
import { SessionFacts } from './SessionFacts';
import { calendarHref } from './session-text';

interface Props {
  lang: Lang;
  session: HelpSession;
  past: boolean;
  next: HelpSession | null;
  /** A fresh key for the booking form: the same form sent twice books once. */
  idempotencyKey: string;
  values?: Record<string, string>;
  errors?: FieldError[];
  /** Set when a booking was just refused because the last place went to someone else. */
  tooLate?: boolean;
}

/** A session's page: the details, and the booking form while places are left. */
export function SessionPage({
  lang,
  session,
  past,
  next,
  idempotencyKey,
  values,
  errors = [],
  tooLate = false,
}: Props) {
  const t = getT(lang);
  const full = session.placesLeft === 0;
  return (
    <Document
      lang={lang}
      title={t('sessions.page.title', { municipality: session.municipality })}
      path={`/help-near-me/sessions/${session.id}/`}
      hasError={errors.length > 0 || tooLate}
    >
      <h1>{t('sessions.page.title', { municipality: session.municipality })}</h1>
      <SessionFacts lang={lang} session={session} />
      {past ? (
        <div class="panel warn" role={tooLate ? 'alert' : undefined}>
          <p>
            <strong>{t('sessions.past')}</strong>
          </p>
          <NextSession lang={lang} municipality={session.municipality} next={next} />
        </div>
      ) : full ? (
        <div class="panel warn" id="full" role={tooLate ? 'alert' : undefined}>
          <p>
            <strong>{t('sessions.full')}</strong>
            {tooLate && ` ${t('sessions.full.tooLate')}`}
          </p>
          <NextSession lang={lang} municipality={session.municipality} next={next} />
        </div>
      ) : (
        <>
          <p>
            <PlacesLeft lang={lang} placesLeft={session.placesLeft} />
          </p>
          <BookingForm
            lang={lang}
            sessionId={session.id}
            idempotencyKey={idempotencyKey}
            values={values ?? {}}
            errors={errors}
          />
        </>
      )}
      {!past && !full && (
        <p>
          <a href={calendarHref(session.id, lang)} download="hulpsessie.ics">
            {t('sessions.calendar')}
          </a>
        </p>
      )}
      <p>
        <a href={`/${lang}/help-near-me/cancel/`}>{t('sessions.cancel.link')}</a>
      </p>
    </Document>
  );
}
