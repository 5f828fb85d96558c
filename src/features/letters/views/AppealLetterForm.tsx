import type { Lang } from '../../../lib/languages';
import { getT } from '../../../lib/i18n';
import type { FieldError } from '../../../lib/validation/issues';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { LetterSenderFields } from './LetterSenderFields';
import { REASON_MAX } from '../../../lib/validation/text-field';
import { TextField } from '../../../ui/form/TextField';
import { DateInput } from '../../../ui/form/DateInput';
import { datePartsOf } from '../../../lib/date-parts';

interface Props {
  lang: Lang;
  values?: Record<string, string>;
  errors?: FieldError[];
}

/** Fills in the appeal letter against a strike-off, with its dates. */
export function AppealLetterForm({ lang, values = {}, errors = [] }: Props) {
  const t = getT(lang);
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.key;
  return (
    <form method="post" action="/api/letter/appeal" class="panel no-print" novalidate>
      <h2>{t('appeal.form.title')}</h2>
      <p>{t('appeal.form.intro')}</p>
      <ErrorSummary lang={lang} errors={errors} />
      <input type="hidden" name="lang" value={lang} />
      <LetterSenderFields lang={lang} values={values} errorFor={errorFor} />
      <DateInput
        lang={lang}
        id="noticeDate"
        legend={t('appeal.noticeDate')}
        hint={t('appeal.noticeDate.hint')}
        value={datePartsOf(values, 'noticeDate')}
        error={errorFor('noticeDate')}
      />
      <TextField
        lang={lang}
        id="reason"
        label={t('appeal.reason')}
        hint={t('appeal.reason.hint')}
        value={values['reason']}
        error={errorFor('reason')}
        multiline
        maxLength={REASON_MAX}
      />
      <p>
        <button type="submit">{t('letter.make')}</button>
      </p>
    </form>
  );
}
