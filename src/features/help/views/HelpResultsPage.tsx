import type { Lang } from '../../../lib/languages';
import { getT } from '../../../lib/i18n';
import type { HelpPoint } from '../model/schema';
import type { FieldError } from '../../../lib/validation/issues';
import { Document } from '../../../ui/Document';
import { HelpSearch } from './HelpSearch';

interface Props {
  lang: Lang;
  query: string;
  points: HelpPoint[];
  errors?: FieldError[];
}

/** /api/help as a page: the search again with the places that match. */
export function HelpResultsPage({ lang, query, points, errors = [] }: Props) {
  const t = getT(lang);
  return (
    <Document lang={lang} title={t('help.results.title')} path="/help-near-me/" hasError={errors.length > 0}>
      <h1>{t('help.results.title')}</h1>
      <HelpSearch lang={lang} query={query} points={points} errors={errors} />
    </Document>
  );
}
