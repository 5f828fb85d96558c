import type { Deadline } from '../model/deadlines';
import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import type { FieldError } from '../../../lib/validation/issues';
import { DeadlineAnswer } from './DeadlineAnswer';
import { DeadlineForm } from './DeadlineForm';
import { Document } from '../../../ui/Document';

interface Props {
  lang: Lang;
  result?: Deadline | undefined;
  values?: Record<string, string | undefined>;
  errors?: FieldError[];
}

/** /api/deadline as a page: the answer, or the form again with its errors. */
export function DeadlinePage({ lang, result, values, errors = [] }: Props) {
  const t = getT(lang);
  return (
    <Document lang={lang} title={t('deadline.answer.title')} path="/deadline/" hasError={errors.length > 0}>
      <h1>{t('deadline.answer.title')}</h1>
      {result && <DeadlineAnswer lang={lang} result={result} />}
      <DeadlineForm
        lang={lang}
        values={result ? { letter: result.letter, kind: result.kind } : values}
        errors={errors}
      />
    </Document>
  );
}
