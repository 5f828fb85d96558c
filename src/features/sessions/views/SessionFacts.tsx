import type { ComponentChildren } from 'preact';
import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import type { HelpSession } from '../model/types';
import { SessionLanguages } from './SessionLanguages';
import { sessionDate } from './session-text';

const Fact = ({ term, children, nl = false }: { term: string; children: ComponentChildren; nl?: boolean }) => (
  <div>
    <dt>{term}</dt>
    <dd {...(nl ? { lang: 'nl' } : {})}>{children}</dd>
  </div>
);

/** Everything about a session: when, where, languages, what to bring. Place, address and "bring" stay in Dutch. */
export function SessionFacts({ lang, session }: { lang: Lang; session: HelpSession }) {
  const t = getT(lang);
  return (
    <dl class="summary">
      <Fact term={t('sessions.facts.date')}>{sessionDate(session.date, lang)}</Fact>
      <Fact term={t('sessions.facts.time')}>
        {t('sessions.time', { time: session.time, endTime: session.endTime })}
      </Fact>
      <Fact term={t('sessions.facts.place')} nl>
        {session.place}
      </Fact>
      <Fact term={t('sessions.facts.address')} nl>
        {session.address}
        <br />
        {`${session.postcode} ${session.municipality}`}
      </Fact>
      <Fact term={t('sessions.facts.languages')}>
        <SessionLanguages languages={session.languages} />
      </Fact>
      {session.bring && (
        <Fact term={t('sessions.facts.bring')} nl>
          <span class="pre">{session.bring}</span>
        </Fact>
      )}
    </dl>
  );
}
