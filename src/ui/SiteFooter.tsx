import type { Lang } from '../lib/languages';
import { getT } from '../lib/i18n';

/** Footer links that every page carries. */
export function SiteFooter({ lang }: { lang: Lang }) {
  const t = getT(lang);
  const links = [
    ['/words/', t('footer.words')],
    ['/accessibility/', t('footer.accessibility')],
    ['/privacy/', t('footer.privacy')],
  ] as const;
  return (
    <footer>
      <div class="wrap">
        <ul>
          {links.map(([href, label]) => (
            <li>
              <a href={`/${lang}${href}`}>{label}</a>
            </li>
          ))}
        </ul>
        <p>{t('footer.note')}</p>
      </div>
    </footer>
  );
}
