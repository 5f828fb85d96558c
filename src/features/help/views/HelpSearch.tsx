import type { Lang } from '../../../lib/languages';
import { getT } from '../../../lib/i18n';
import type { HelpPoint } from '../model/schema';
import type { FieldError } from '../../../lib/validation/issues';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { TextField } from '../../../ui/form/TextField';
import { HelpPointList } from './HelpPointList';

interface Props {
  lang: Lang;
  query?: string;
  points: HelpPoint[];
  errors?: FieldError[];
}

/**
 * Search by municipality or postcode: a GET form answered by /api/help without JavaScript;
 * public/help-filter.js filters the list as you type.
 */
export function HelpSearch({ lang, query = '', points, errors = [] }: Props) {
  const t = getT(lang);
  return (
    <section aria-labelledby="help-search-title">
      <form method="get" action="/api/help" class="panel" role="search" novalidate>
        <h2 id="help-search-title">{t('help.search.title')}</h2>
        <ErrorSummary lang={lang} errors={errors} />
        <input type="hidden" name="lang" value={lang} />
        <TextField
          lang={lang}
          id="q"
          type="search"
          label={t('help.search.label')}
          hint={t('help.search.hint')}
          value={query}
          error={errors.find((e) => e.field === 'q')?.key}
          autocomplete="postal-code"
          maxLength={60}
        />
        <p>
          <button type="submit">{t('help.search.submit')}</button>
        </p>
      </form>
      <p id="help-count" role="status" data-found={t('help.found', { count: '#' })} data-none={t('help.none')}>
        {points.length === 0 ? t('help.none') : t('help.found', { count: points.length })}
      </p>
      <HelpPointList lang={lang} points={points} />
      <script src="/help-filter.js" defer></script>
    </section>
  );
}
