import type { Lang } from '../lib/languages';
import { getT } from '../lib/i18n';
import { PROXY_REASONS } from '../lib/validation/letters';
import type { FieldError } from '../lib/validation/issues';
import { ErrorSummary } from './form/ErrorSummary';
import { RadioGroup } from './form/RadioGroup';
import { TextField } from './form/TextField';

const REASON_LABELS = {
  'no-smartphone': 'proxy.reason.noSmartphone',
  'no-card-reader': 'proxy.reason.noCardReader',
  'pin-blocked': 'proxy.reason.pinBlocked',
  other: 'proxy.reason.other',
};

interface Props {
  lang: Lang;
  values?: Record<string, string>;
  errors?: FieldError[];
}

/** Fills in the proxy (volmacht) letter. POST keeps names and addresses out of addresses and logs. */
export function ProxyLetterForm({ lang, values = {}, errors = [] }: Props) {
  const t = getT(lang);
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.key;
  return (
    <form method="post" action="/api/letter/proxy" class="panel no-print" novalidate>
      <h2>{t('proxy.form.title')}</h2>
      <p>{t('proxy.form.intro')}</p>
      <ErrorSummary t={t} errors={errors} />
      <input type="hidden" name="lang" value={lang} />
      <TextField
        t={t}
        id="fullName"
        label={t('letter.fullName')}
        value={values['fullName']}
        error={errorFor('fullName')}
        autocomplete="name"
        maxLength={100}
      />
      <TextField
        t={t}
        id="address"
        label={t('letter.address')}
        hint={t('letter.address.hint')}
        value={values['address']}
        error={errorFor('address')}
        multiline
        maxLength={200}
      />
      <TextField
        t={t}
        id="housingCompany"
        label={t('letter.housingCompany')}
        hint={t('letter.housingCompany.hint')}
        value={values['housingCompany']}
        error={errorFor('housingCompany')}
        maxLength={100}
      />
      <RadioGroup
        t={t}
        id="reason"
        legend={t('proxy.reason.legend')}
        options={PROXY_REASONS.map((value) => ({ value, label: t(REASON_LABELS[value]) }))}
        value={values['reason']}
        error={errorFor('reason')}
      />
      <p>
        <button type="submit">{t('letter.make')}</button>
      </p>
    </form>
  );
}
