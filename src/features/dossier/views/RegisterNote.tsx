import type { Lang } from '../../../lib/languages';
import { getT } from '../../../lib/i18n';

/** Names, birth dates and the national number come from the national register: where to correct them. */
export function RegisterNote({ lang }: { lang: Lang }) {
  const t = getT(lang);
  return <p class="panel">{t('dossier.register.note')}</p>;
}
