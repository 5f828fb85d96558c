import type { TFunction } from 'i18next';

/** Names, birth dates and the national number come from the national register: where to correct them. */
export function RegisterNote({ t }: { t: TFunction }) {
  return <p class="panel">{t('dossier.register.note')}</p>;
}
