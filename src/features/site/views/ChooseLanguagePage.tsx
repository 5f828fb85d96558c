import { LANGUAGES, LANGUAGE_NAMES, type Lang } from '../../../lib/languages';
import { getT } from '../../../lib/i18n';
import { Document } from '../../../ui/Document';

/** Body of the "/" redirect: every language, for browsers that do not follow it. */
export function ChooseLanguagePage({ lang }: { lang: Lang }) {
  const t = getT(lang);
  return (
    <Document lang={lang} title={t('chooseLanguage.title')} path="/">
      <h1>{t('chooseLanguage.title')}</h1>
      <ul>
        {LANGUAGES.map((l) => (
          <li>
            <a href={`/${l}/`} lang={l} hreflang={l}>
              {LANGUAGE_NAMES[l]}
            </a>
          </li>
        ))}
      </ul>
    </Document>
  );
}
