import type { Lang } from '../../../lib/languages';
import { getT } from '../../../lib/i18n';
import { DATA_ISSUES } from '../model/data-issues';

const KNOWN: readonly string[] = Object.values(DATA_ISSUES);

/**
 * The problems the housing company flagged after the move to the central register, first on
 * the page: checking these really matters. A problem we have no text for still gets a sentence.
 */
export function DataIssues({ lang, issues }: { lang: Lang; issues: readonly string[] }) {
  const t = getT(lang);
  if (issues.length === 0) return null;
  return (
    <div class="panel warn">
      <h2>{t('dossier.issues.title')}</h2>
      <ul>
        {issues.map((issue) => (
          <li>{t(KNOWN.includes(issue) ? issue : 'dossier.issue.other')}</li>
        ))}
      </ul>
    </div>
  );
}
