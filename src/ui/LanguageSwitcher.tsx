import { LANGUAGES, LANGUAGE_NAMES, type Lang } from '../lib/languages';
import { getT } from '../lib/i18n';

interface Props {
  lang: Lang;
  path: string;
}

/** Links to the same page in every language; each name is written in its own language. */
export function LanguageSwitcher({ lang, path }: Props) {
  return (
    <nav class="langs" aria-label={getT(lang)('languageSwitcher.label')}>
      <ul>
        {LANGUAGES.map((l) => (
          <li>
            <a href={`/${l}${path}`} lang={l} hreflang={l} aria-current={l === lang ? 'page' : undefined}>
              {LANGUAGE_NAMES[l]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
