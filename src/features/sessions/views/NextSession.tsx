import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import type { HelpSession } from '../model/types';
import { sessionDate, sessionHref } from './session-text';

interface Props {
  lang: Lang;
  municipality: string;
  next: HelpSession | null;
}

/** Where to go when a session is full or over: the next one with places, or the search. */
export function NextSession({ lang, municipality, next }: Props) {
  const t = getT(lang);
  if (!next)
    return (
      <p>
        {t('sessions.noNext', { municipality })} <a href={`/${lang}/help-near-me/`}>{t('sessions.searchAgain')}</a>
      </p>
    );
  return (
    <p>
      {t('sessions.next', { municipality })}{' '}
      <a href={sessionHref(lang, next.id)} id="next-session">
        {t('sessions.when', { date: sessionDate(next.date, lang), time: next.time, endTime: next.endTime })}
      </a>
    </p>
  );
}
