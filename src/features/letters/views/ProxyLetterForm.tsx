import type { Lang } from '../../../lib/languages';
import { getT } from '../../../lib/i18n';
import { PROXY_REASONS } from '../model/schemas';
import type { FieldError } from '../../../lib/validation/issues';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { LetterSenderFields } from './LetterSenderFields';
import { RadioGroup } from '../../../ui/form/RadioGroup';

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
      <ErrorSummary lang={lang} errors={errors} />
      <input type="hidden" name="lang" value={lang} />
      <LetterSenderFields lang={lang} values={values} errorFor={errorFor} />
      <RadioGroup
        lang={lang}
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
