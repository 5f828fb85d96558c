import type { Lang } from '../../lib/languages';
import { getT } from '../../lib/i18n';
import { DATE_PARTS, datePartOfCode, type DateParts } from '../../lib/date-parts';
import { FieldMessage, describedBy } from './FieldMessage';

interface Props {
  lang: Lang;
  /** The date's name: its inputs are `<id>-day`, `<id>-month` and `<id>-year`. */
  id: string;
  legend: string;
  hint?: string;
  value?: DateParts | undefined;
  /** The one error for the whole date, as a translation key. */
  error?: string | undefined;
}

const WIDTH = { day: 'w2', month: 'w2', year: 'w4' } as const;
const LABEL = { day: 'form.date.day', month: 'form.date.month', year: 'form.date.year' } as const;

/**
 * The GOV.UK date input: three labelled text fields, not `type=date`, whose picker and format
 * follow the browser's language (mm/dd/yyyy under a hint that says 18-03-2024) and which older
 * phones' screen readers read badly. One error for the whole date, above the fields; it marks
 * the one field it is about, or all three.
 */
export function DateInput({ lang, id, legend, hint, value, error }: Props) {
  const t = getT(lang);
  const wrongPart = error ? datePartOfCode(error.slice(error.lastIndexOf('.') + 1)) : undefined;
  const wrong = (part: keyof DateParts) => Boolean(error) && (!wrongPart || wrongPart === part);
  return (
    <fieldset
      class={error ? 'field has-error' : 'field'}
      role="group"
      aria-describedby={describedBy(id, Boolean(hint), error)}
    >
      <legend>{legend}</legend>
      {hint && (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <FieldMessage lang={lang} id={id} error={error} />
      <div class="date-input">
        {DATE_PARTS.map((part) => (
          <div>
            <label for={`${id}-${part}`}>{t(LABEL[part])}</label>
            <input
              id={`${id}-${part}`}
              name={`${id}-${part}`}
              type="text"
              inputMode="numeric"
              autocomplete="off"
              class={WIDTH[part]}
              value={value?.[part] ?? ''}
              aria-invalid={wrong(part) ? 'true' : undefined}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}
