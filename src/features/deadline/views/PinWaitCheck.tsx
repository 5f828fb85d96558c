import { PIN_WAIT_DAYS } from '../model/deadlines';
import type { Lang } from '../../../lib/languages';
import { getT } from '../../../lib/i18n';

/**
 * Filled in by public/pin-wait.js when the address carries ?deadline= from the calculator:
 * compares the wait for new codes with the days left. Without JavaScript the calculator's
 * answer page gives the same advice, so nothing is lost.
 */
export function PinWaitCheck({ lang }: { lang: Lang }) {
  const t = getT(lang);
  return (
    <>
      <div
        id="pin-wait"
        class="panel"
        role="status"
        hidden
        data-min={PIN_WAIT_DAYS.min}
        data-max={PIN_WAIT_DAYS.max}
        data-enough={t('deadline.pin.enoughTime')}
        data-maybe={t('deadline.pin.maybeTooLate')}
        data-late={t('deadline.pin.tooLate')}
      ></div>
      <script src="/pin-wait.js" defer></script>
    </>
  );
}
