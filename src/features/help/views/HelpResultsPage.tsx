import type { Lang } from '../../../lib/languages';
import { getT } from '../../../lib/i18n';
import type { HelpPoint } from '../model/schema';
import type { FieldError } from '../../../lib/validation/issues';
import { Document } from '../../../ui/Document';
import { SessionList } from '../../sessions/views/index';
import type { HelpSession } from '../../sessions/model/index';
import { HelpSearch } from './HelpSearch';

interface Props {
  lang: Lang;
  query: string;
  points: HelpPoint[];
  /** The coming help sessions at that place; null when nothing was searched for. */
  sessions?: HelpSession[] | null;
  errors?: FieldError[];
}

/** /api/help as a page: the search again with the places that match, and the coming help sessions there. */
export function HelpResultsPage({ lang, query, points, sessions = null, errors = [] }: Props) {
  const t = getT(lang);
  return (
    <Document lang={lang} title={t('help.results.title')} path="/help-near-me/" hasError={errors.length > 0}>
      <h1>{t('help.results.title')}</h1>
      {sessions && <SessionList lang={lang} sessions={sessions} />}
      <HelpSearch lang={lang} query={query} points={points} errors={errors} />
    </Document>
  );
}
