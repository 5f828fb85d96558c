import type { Lang } from '../../lib/languages';
import { getT } from '../../lib/i18n';
import type { Health } from '../../server/health';
import { Document } from '../Document';

/** Rendered by a function at request time, in the same shell as the static pages. */
export function StatusPage({ lang, health }: { lang: Lang; health: Health }) {
  const t = getT(lang);
  const ok = health.status === 'ok';
  return (
    <Document lang={lang} title={t('status.title')} path="/status/">
      <h1>{t('status.title')}</h1>
      <p class={`panel ${ok ? 'ok' : 'warn'}`} role="status">
        {ok ? t('status.ok') : t('status.down')}
      </p>
    </Document>
  );
}
