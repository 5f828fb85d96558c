import type { Lang } from '../lib/languages';
import { getT } from '../lib/i18n';

/** First focusable element on every page: jumps past the header to the content. */
export function SkipLink({ lang }: { lang: Lang }) {
  return (
    <a class="skip" href="#main">
      {getT(lang)('skipLink.label')}
    </a>
  );
}
