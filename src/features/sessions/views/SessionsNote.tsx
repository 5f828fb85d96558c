import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';

/** On the static help page: collective help sessions exist, and the search above shows them. */
export function SessionsNote({ lang }: { lang: Lang }) {
  const t = getT(lang);
  return (
    <section aria-labelledby="sessions-note-title">
      <h2 id="sessions-note-title">{t('sessions.note.title')}</h2>
      <p>{t('sessions.note.text')}</p>
    </section>
  );
}
