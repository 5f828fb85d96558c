import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import { KIND_LABELS } from '../model/labels';
import type { AskedDocument } from '../model/types';

/** What the housing company asks for, each with how many files already prove it, in words. */
export function AskedList({ lang, asked }: { lang: Lang; asked: AskedDocument[] }) {
  const t = getT(lang);
  return (
    <section aria-labelledby="asked-title">
      <h2 id="asked-title">{t('documents.asked.title')}</h2>
      {asked.length === 0 ? (
        <p>{t('documents.asked.none')}</p>
      ) : (
        <ul class="asked">
          {asked.map(({ kind, received }) => (
            <li>
              <strong>{t(KIND_LABELS[kind])}</strong>:{' '}
              {received > 0 ? t('documents.asked.received', { count: received }) : t('documents.asked.notYet')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
