import type { Lang } from '../lib/languages';
import { getT } from '../lib/i18n';

/** "Print" for browsers with JavaScript (public/print.js shows it); the text above says how otherwise. */
export function PrintButton({ lang, label }: { lang: Lang; label?: string }) {
  return (
    <>
      <p class="no-print">
        <button type="button" id="print" hidden>
          {label ?? getT(lang)('letter.print')}
        </button>
      </p>
      <script src="/print.js" defer></script>
    </>
  );
}
