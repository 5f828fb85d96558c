import type { Lang } from '../../../lib/languages';
import { getT } from '../../../lib/i18n';

/** "Print this page", shown by public/print.js when JavaScript runs; the hint says how otherwise. */
export function PrintPageButton({ lang }: { lang: Lang }) {
  const t = getT(lang);
  return (
    <>
      <p class="no-print">
        <button type="button" id="print" class="button secondary" hidden>
          {t('dossier.confirmed.print')}
        </button>
      </p>
      <p class="no-print hint">{t('dossier.confirmed.printHint')}</p>
      <script src="/print.js" defer></script>
    </>
  );
}
