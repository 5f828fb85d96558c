import type { Lang } from '../../../lib/languages';
import { getT } from '../../../lib/i18n';
import { Document } from '../../../ui/Document';

/** Rendered by a function at request time, in the same shell as the static pages. */
export function StatusPage({ lang, ok }: { lang: Lang; ok: boolean }) {
  const t = getT(lang);
  return (
    <Document lang={lang} title={t('status.title')} path="/status/">
      <h1>{t('status.title')}</h1>
      <p class={`panel ${ok ? 'ok' : 'warn'}`} role="status">
        {ok ? t('status.ok') : t('status.down')}
      </p>
    </Document>
  );
}
