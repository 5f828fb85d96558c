import type { Lang } from '../../lib/languages';
import { getT } from '../../lib/i18n';
import { Document } from '../Document';

interface Props {
  lang: Lang;
  title: string;
  text: string;
  back?: { href: string; label: string };
}

/** A short page with one message, for refused requests and other dead ends. */
export function MessagePage({ lang, title, text, back }: Props) {
  const t = getT(lang);
  return (
    <Document lang={lang} title={title} path="/" hasError>
      <h1>{title}</h1>
      <p class="panel warn">{text}</p>
      <p>
        <a href={back?.href ?? `/${lang}/`}>{back?.label ?? t('notFound.home')}</a>
      </p>
    </Document>
  );
}
