import { formatDate, getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import type { DossierDeadline } from '../../dossier/model/index';

/** The last day and the days left, in words, for the helper's page and the printed sheet. */
export function DeadlineText({ lang, deadline }: { lang: Lang; deadline: DossierDeadline | null }) {
  const t = getT(lang);
  if (!deadline) return <>{t('helpers.deadline.none')}</>;
  const date = formatDate(deadline.deadline, lang);
  if (deadline.daysLeft < 0) return <>{t('helpers.deadline.passed', { date })}</>;
  if (deadline.daysLeft === 0) return <>{t('helpers.deadline.today', { date })}</>;
  return <>{t('helpers.deadline.left', { date, count: deadline.daysLeft })}</>;
}
