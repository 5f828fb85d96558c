import type { Lang } from '../../lib/languages';
import { getT } from '../../lib/i18n';
import { Document } from '../Document';

/** Shown for any address we do not know, and for any dossier that is not the person's own. */
export function NotFoundPage({ lang }: { lang: Lang }) {
  const t = getT(lang);
  return (
    <Document lang={lang} title={t('notFound.title')} path="/">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <a href={`/${lang}/`}>{t('notFound.home')}</a>
      </p>
    </Document>
  );
}
