import type { Lang } from '../../../lib/languages';
import { LETTER_KINDS } from '../model/deadlines';
import { getT } from '../../../lib/i18n';
import type { FieldError } from '../../../lib/validation/issues';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { RadioGroup } from '../../../ui/form/RadioGroup';
import { DateInput } from '../../../ui/form/DateInput';
import { datePartsOf } from '../../../lib/date-parts';

const KIND_LABELS = {
  first: 'deadline.kind.first',
  reminder: 'deadline.kind.reminder',
  yearly: 'deadline.kind.yearly',
};

interface Props {
  lang: Lang;
  values?: Record<string, string | undefined> | undefined;
  errors?: FieldError[];
}

/** The deadline calculator's form: a plain GET form, so it works without JavaScript. */
export function DeadlineForm({ lang, values = {}, errors = [] }: Props) {
  const t = getT(lang);
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.key;
  return (
    <form method="get" action="/api/deadline" class="panel" novalidate>
      <h2>{t('deadline.form.title')}</h2>
      <ErrorSummary lang={lang} errors={errors} />
      <input type="hidden" name="lang" value={lang} />
      <DateInput
        lang={lang}
        id="letter"
        legend={t('deadline.letter.label')}
        hint={t('deadline.letter.hint')}
        value={datePartsOf(values, 'letter')}
        error={errorFor('letter')}
      />
      <RadioGroup
        lang={lang}
        id="kind"
        legend={t('deadline.kind.legend')}
        options={LETTER_KINDS.map((kind) => ({ value: kind, label: t(KIND_LABELS[kind]) }))}
        value={values.kind ?? 'first'}
        error={errorFor('kind')}
      />
      <p>
        <button type="submit">{t('deadline.form.submit')}</button>
      </p>
    </form>
  );
}
