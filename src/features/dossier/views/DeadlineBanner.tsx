import { getT } from '../../../lib/i18n';
import type { DossierDeadline } from '../model/deadline';
import { formatDate } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';

interface Props {
  lang: Lang;
  deadline: DossierDeadline;
}

/** The last day to confirm and the days left, at the top of the task list, in words. */
export function DeadlineBanner({ lang, deadline }: Props) {
  const t = getT(lang);
  const date = formatDate(deadline.deadline, lang);
  if (deadline.kind === 'struck-off') {
    return (
      <div class="panel warn">
        <p>{t('dossier.deadline.struckOff', { date })}</p>
        <p>
          <a href={`/${lang}/struck-off/`}>{t('dossier.deadline.struckOffLink')}</a>
        </p>
      </div>
    );
  }
  const { daysLeft } = deadline;
  return (
    <div class={daysLeft <= 7 ? 'panel warn' : 'panel'}>
      <p>
        <strong>{t(daysLeft < 0 ? 'dossier.deadline.was' : 'dossier.deadline.lastDay', { date })}</strong>
      </p>
      <p>
        {daysLeft > 0 && t('dossier.deadline.left', { count: daysLeft })}
        {daysLeft === 0 && t('dossier.deadline.today')}
        {daysLeft < 0 && t('dossier.deadline.passed')}
      </p>
    </div>
  );
}
