import type { TFunction } from 'i18next';
import { DATA_ISSUES } from '../model/data-issues';

const KNOWN: readonly string[] = Object.values(DATA_ISSUES);

/**
 * The problems the housing company flagged after the move to the central register, first on
 * the page: checking these really matters. A problem we have no text for still gets a sentence.
 */
export function DataIssues({ t, issues }: { t: TFunction; issues: readonly string[] }) {
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
