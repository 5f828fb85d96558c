import { formatDateTime } from '../../../lib/date-time';
import type { Confirmation } from '../model/types';
import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import { DossierLayout } from './DossierLayout';

interface Props {
  lang: Lang;
  /** The latest confirmation, of a version older than the dossier now. */
  confirmation: Confirmation;
  csrf: string;
}

/**
 * /{lang}/dossier/confirmed/ after a change: the earlier confirmation is not of the dossier as it
 * is now, so the page says so and leads to confirming again, instead of "your dossier is confirmed".
 */
export function ConfirmationOutdatedPage({ lang, confirmation, csrf }: Props) {
  const t = getT(lang);
  return (
    <DossierLayout lang={lang} title={t('dossier.confirmed.changed.title')} path="/dossier/confirmed/" csrf={csrf}>
      <h1>{t('dossier.confirmed.changed.title')}</h1>
      <p class="panel warn">
        {t('dossier.confirmed.changed.text', { when: formatDateTime(confirmation.confirmedAt, lang) })}
      </p>
      <p>
        <a href={`/${lang}/dossier/check/`}>{t('dossier.confirmed.changed.link')}</a>
      </p>
    </DossierLayout>
  );
}
