import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import type { FieldError } from '../../../lib/validation/issues';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { TextField } from '../../../ui/form/TextField';
import { FIRST_NAME_MAX } from '../model/booking-schema';

interface Props {
  lang: Lang;
  sessionId: string;
  idempotencyKey: string;
  values?: Record<string, string>;
  errors?: FieldError[];
}

/** Book a place without logging in: a first name and a phone number, nothing else. */
export function BookingForm({ lang, sessionId, idempotencyKey, values = {}, errors = [] }: Props) {
  const t = getT(lang);
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.key;
  return (
    <form method="post" action="/api/help-sessions/book" class="panel" id="form" novalidate>
      <h2>{t('sessions.book.title')}</h2>
      <p>{t('sessions.book.intro')}</p>
      <ErrorSummary lang={lang} errors={errors} />
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="session" value={sessionId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <TextField
        lang={lang}
        id="firstName"
        label={t('sessions.book.firstName')}
        value={values['firstName']}
        error={errorFor('firstName')}
        autocomplete="given-name"
        maxLength={FIRST_NAME_MAX}
      />
      <TextField
        lang={lang}
        id="phone"
        type="tel"
        label={t('sessions.book.phone')}
        hint={t('sessions.book.phone.hint')}
        value={values['phone']}
        error={errorFor('phone')}
        autocomplete="tel"
        maxLength={30}
      />
      <p>
        <button type="submit">{t('sessions.book.submit')}</button>
      </p>
    </form>
  );
}
