import type { Lang } from '../lib/languages';
import { getT } from '../lib/i18n';

/**
 * "Read aloud" with the browser's own speech synthesis. Hidden until public/read-aloud.js
 * finds speech synthesis, so browsers without it never show a button that does nothing.
 */
export function ReadAloud({ lang }: { lang: Lang }) {
  const t = getT(lang);
  return (
    <>
      <p class="no-print">
        <button
          type="button"
          class="button secondary"
          id="read-aloud"
          hidden
          data-start={t('readAloud.start')}
          data-stop={t('readAloud.stop')}
        >
          {t('readAloud.start')}
        </button>
      </p>
      <script src="/read-aloud.js" defer></script>
    </>
  );
}
