import { siteCss } from './site-css';
import { LANGUAGES, type Lang } from '../lib/languages';
import { getT } from '../lib/i18n';

interface Props {
  lang: Lang;
  title: string;
  /** Path inside the language, starting and ending with "/": "/" or "/deadline/". */
  path: string;
  hasError?: boolean;
  description?: string | undefined;
}

/** Everything inside <head>: the same bytes for static pages and function pages. */
export function HeadContent({ lang, title, path, hasError = false, description }: Props) {
  const t = getT(lang);
  const fullTitle = `${hasError ? t('error.titlePrefix') : ''}${title} – ${t('site.name')}`;
  return (
    <>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{fullTitle}</title>
      <meta name="description" content={description ?? t('site.description')} />
      <link rel="icon" href="data:," />
      {LANGUAGES.map((l) => (
        <link rel="alternate" hreflang={l} href={`/${l}${path}`} />
      ))}
      <style dangerouslySetInnerHTML={{ __html: siteCss }} />
    </>
  );
}
