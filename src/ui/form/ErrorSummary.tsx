import type { Lang } from '../../lib/languages';
import { getT } from '../../lib/i18n';
import type { FieldError } from '../../lib/validation/issues';

interface Props {
  lang: Lang;
  errors: FieldError[];
}

/**
 * GOV.UK error summary: announced (role="alert"), focused on load without JavaScript
 * (autofocus), each message a link to its field.
 */
export function ErrorSummary({ lang, errors }: Props) {
  const t = getT(lang);
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1} autofocus>
      <h2 id="error-summary-title">{t('form.errorSummary')}</h2>
      <ul>
        {errors.map((e) => (
          <li>
            <a href={`#${e.target ?? e.field}`}>{t(e.key)}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
