import { getT } from '../../../lib/i18n';
import { LANGUAGES, LANGUAGE_NAMES, textDirection, type Lang } from '../../../lib/languages';
import type { FieldError } from '../../../lib/validation/issues';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { FieldMessage, describedBy } from '../../../ui/form/FieldMessage';
import { TextField } from '../../../ui/form/TextField';
import { ADDRESS_MAX, BRING_MAX, MUNICIPALITY_MAX, VENUE_MAX } from '../model/publish-schema';

interface Props {
  /** The language the page is written in (nl, fr or en). */
  shown: Lang;
  /** The language in the address, for the answer. */
  lang: Lang;
  csrf: string;
  idempotencyKey: string;
  values?: Record<string, string>;
  errors?: FieldError[];
}

/** The staff form to publish a session; every rule is checked again by the service. */
export function PublishForm({ shown, lang, csrf, idempotencyKey, values = {}, errors = [] }: Props) {
  const t = getT(shown);
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.key;
  const text = (id: string, label: string, maxLength: number, hint?: string) => (
    <TextField
      lang={shown}
      id={id}
      label={label}
      value={values[id]}
      error={errorFor(id)}
      maxLength={maxLength}
      {...(hint ? { hint } : {})}
    />
  );
  const languagesError = errorFor('languages');
  return (
    <form method="post" action="/api/staff/sessions" class="panel" id="form" novalidate>
      <h2>{t('staffSessions.publish.title')}</h2>
      <ErrorSummary lang={shown} errors={errors} />
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {text('place', t('staffSessions.publish.place'), VENUE_MAX, t('staffSessions.publish.place.hint'))}
      {text('address', t('staffSessions.publish.address'), ADDRESS_MAX)}
      {text('postcode', t('staffSessions.publish.postcode'), 4)}
      {text('municipality', t('staffSessions.publish.municipality'), MUNICIPALITY_MAX)}
      {text('date', t('staffSessions.publish.date'), 10, t('staffSessions.publish.date.hint'))}
      {text('startTime', t('staffSessions.publish.startTime'), 5, t('staffSessions.publish.time.hint'))}
      {text('endTime', t('staffSessions.publish.endTime'), 5, t('staffSessions.publish.time.hint'))}
      {text('places', t('staffSessions.publish.places'), 3, t('staffSessions.publish.places.hint'))}
      <fieldset
        class={languagesError ? 'field has-error' : 'field'}
        aria-describedby={describedBy('languages', false, languagesError)}
      >
        <legend>{t('staffSessions.publish.languages')}</legend>
        <FieldMessage lang={shown} id="languages" error={languagesError} />
        {LANGUAGES.map((code, index) => (
          <div class="choice">
            <input
              type="checkbox"
              id={index === 0 ? 'languages' : `languages-${code}`}
              name={`speaks-${code}`}
              value="yes"
              checked={values[`speaks-${code}`] !== undefined}
            />
            <label for={index === 0 ? 'languages' : `languages-${code}`} lang={code} dir={textDirection(code)}>
              {LANGUAGE_NAMES[code]}
            </label>
          </div>
        ))}
      </fieldset>
      <TextField
        lang={shown}
        id="bring"
        label={t('staffSessions.publish.bring')}
        hint={t('staffSessions.publish.bring.hint')}
        value={values['bring']}
        error={errorFor('bring')}
        multiline
        maxLength={BRING_MAX}
      />
      <p>
        <button type="submit">{t('staffSessions.publish.submit')}</button>
      </p>
    </form>
  );
}
