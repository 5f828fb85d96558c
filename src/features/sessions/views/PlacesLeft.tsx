import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';

/** "3 places left", or "this session is full" in bold so it is seen in a list. */
export function PlacesLeft({ lang, placesLeft }: { lang: Lang; placesLeft: number }) {
  const t = getT(lang);
  return placesLeft > 0 ? (
    <>{t('sessions.placesLeft', { count: placesLeft })}</>
  ) : (
    <strong>{t('sessions.full')}</strong>
  );
}
