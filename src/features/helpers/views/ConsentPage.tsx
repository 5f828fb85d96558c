import { formatDay } from '../../../lib/date-time';
import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import type { FieldError } from '../../../lib/validation/issues';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { RadioGroup } from '../../../ui/form/RadioGroup';
import { SelectField } from '../../../ui/form/SelectField';
import { DossierLayout } from '../../dossier/views/index';
import { CONSENT_MONTHS, type Consent } from '../model/consent';
import { HELPER_ORGANISATIONS } from '../model/organisations';
import { ConsentList } from './ConsentList';
import { MONTHS_KEYS } from './labels';

interface Props {
  lang: Lang;
  csrf: string;
  consents: Consent[];
  idempotencyKey: string;
  /** What just happened, said at the top: a consent given or withdrawn. */
  done?: 'given' | 'withdrawn' | 'gone' | null;
  errors?: FieldError[];
  values?: { organisation?: string; months?: string };
}

/** The municipalities of the list, each with its organisations, for the drop-down list. */
const GROUPS = [...new Set(HELPER_ORGANISATIONS.map((o) => o.municipality))].map((municipality) => ({
  label: municipality,
  options: HELPER_ORGANISATIONS.filter((o) => o.municipality === municipality).map((o) => ({
    value: o.id,
    label: o.name,
  })),
}));

/**
 * /{lang}/dossier/helpers/: who may follow the candidate's progress, until when, who looked and
 * when; a form to give an organisation consent and a button to withdraw each running one.
 */
export function ConsentPage({ lang, csrf, consents, idempotencyKey, done = null, errors = [], values = {} }: Props) {
  const t = getT(lang);
  const latest = consents[0];
  return (
    <DossierLayout
      lang={lang}
      title={t('helpers.title')}
      path="/dossier/helpers/"
      csrf={csrf}
      hasError={errors.length > 0}
    >
      <p class="no-print">
        <a href={`/${lang}/dossier/`}>{t('helpers.back')}</a>
      </p>
      <h1>{t('helpers.title')}</h1>
      {done && latest && (
        <div class="panel ok" role="status">
          <p>
            {done === 'given'
              ? t('helpers.done.given', {
                  organisation: latest.organisationName,
                  date: formatDay(latest.endsAt, lang),
                })
              : t(done === 'withdrawn' ? 'helpers.done.withdrawn' : 'helpers.done.gone')}
          </p>
        </div>
      )}
      <p>{t('helpers.intro')}</p>
      <h2>{t('helpers.sees.title')}</h2>
      <ul>
        <li>{t('helpers.sees.parts')}</li>
        <li>{t('helpers.sees.deadline')}</li>
        <li>{t('helpers.sees.missing')}</li>
        <li>{t('helpers.sees.proxy')}</li>
      </ul>
      <p>
        <strong>{t('helpers.neverSees')}</strong>
      </p>
      <ConsentList lang={lang} csrf={csrf} consents={consents} />
      <form method="post" action="/api/dossier/consents" class="panel" novalidate>
        <h2>{t('helpers.give.title')}</h2>
        <ErrorSummary lang={lang} errors={errors} />
        <input type="hidden" name="csrf" value={csrf} />
        <input type="hidden" name="lang" value={lang} />
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <SelectField
          lang={lang}
          id="organisation"
          label={t('helpers.give.organisation')}
          hint={t('helpers.give.organisationHint')}
          placeholder={t('helpers.give.choose')}
          groups={GROUPS}
          value={values.organisation}
          error={errors.find((e) => e.field === 'organisation')?.key}
        />
        <RadioGroup
          lang={lang}
          id="months"
          legend={t('helpers.give.months')}
          options={CONSENT_MONTHS.map((months) => ({ value: String(months), label: t(MONTHS_KEYS[months] ?? '') }))}
          value={values.months}
          error={errors.find((e) => e.field === 'months')?.key}
        />
        <p>{t('helpers.give.withdrawAnyTime')}</p>
        <p>
          <button type="submit">{t('helpers.give.submit')}</button>
        </p>
      </form>
    </DossierLayout>
  );
}
