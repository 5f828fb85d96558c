import type { Lang } from '../lib/languages';
import { getT } from '../lib/i18n';
import { LanguageSwitcher } from './LanguageSwitcher';
import { SkipLink } from './SkipLink';

interface Props {
  lang: Lang;
  path: string;
}

/** Skip link, site name, the one "Need help?" link (same place on every page, WCAG 3.2.6), languages. */
export function SiteHeader({ lang, path }: Props) {
  const t = getT(lang);
  return (
    <>
      <SkipLink lang={lang} />
      <header>
        <div class="wrap top">
          <a class="brand" href={`/${lang}/`}>
            {t('site.name')}
          </a>
          <a class="help" href={`/${lang}/help-near-me/`}>
            {t('help.link')}
          </a>
        </div>
        <div class="wrap">
          <LanguageSwitcher lang={lang} path={path} />
        </div>
      </header>
    </>
  );
}
