import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import type { HelpSession } from '../model/types';
import { PlacesLeft } from './PlacesLeft';
import { SessionLanguages } from './SessionLanguages';
import { sessionDate, sessionHref } from './session-text';

/** The coming help sessions of a search, each with a link to its page. Names and addresses stay in Dutch. */
export function SessionList({ lang, sessions }: { lang: Lang; sessions: HelpSession[] }) {
  const t = getT(lang);
  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('sessions.list.title')}</h2>
      {sessions.length === 0 ? (
        <p>{t('sessions.list.none')}</p>
      ) : (
        <ul class="places" id="help-sessions">
          {sessions.map((s) => (
            <li>
              <a href={sessionHref(lang, s.id)}>
                <strong>
                  {t('sessions.when', { date: sessionDate(s.date, lang), time: s.time, endTime: s.endTime })}
                </strong>
              </a>
              <br />
              <span lang="nl">{s.place}</span>, <span lang="nl">{`${s.address}, ${s.municipality}`}</span>
              <br />
              {t('sessions.facts.languages')}: <SessionLanguages languages={s.languages} />
              <br />
              <PlacesLeft lang={lang} placesLeft={s.placesLeft} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
