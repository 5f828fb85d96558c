import { formatDateTime } from '../../../lib/date-time';
import type { Confirmation, Dossier } from '../model/types';
import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import { receiptLanguages } from '../receipt/receipt-languages';
import { DossierLayout } from './DossierLayout';
import { PrintPageButton } from './PrintPageButton';

interface Props {
  lang: Lang;
  dossier: Dossier;
  confirmation: Confirmation;
  csrf: string;
}

/** /{lang}/dossier/confirmed/: the proof of the confirmation, what happens next, the receipt. */
export function DossierConfirmedPage({ lang, dossier, confirmation, csrf }: Props) {
  const t = getT(lang);
  const receiptInOwnLanguage = receiptLanguages(lang).includes(lang);
  return (
    <DossierLayout lang={lang} title={t('dossier.confirmed.title')} path="/dossier/confirmed/" csrf={csrf}>
      <h1>{t('dossier.confirmed.title')}</h1>
      <div class="panel ok">
        <dl class="summary">
          <div>
            <dt>{t('dossier.confirmed.reference')}</dt>
            <dd>
              <strong>{confirmation.reference}</strong>
            </dd>
          </div>
          <div>
            <dt>{t('dossier.confirmed.when')}</dt>
            <dd>{formatDateTime(confirmation.confirmedAt, lang)}</dd>
          </div>
          <div>
            <dt>{t('dossier.confirmed.dossier')}</dt>
            <dd>
              {dossier.reference}, {dossier.housingCompany}
            </dd>
          </div>
          <div>
            <dt>{t('dossier.confirmed.version')}</dt>
            <dd>{confirmation.dossierVersion}</dd>
          </div>
        </dl>
      </div>
      <h2>{t('dossier.confirmed.next')}</h2>
      <ul>
        <li>{t('dossier.confirmed.next.company')}</li>
        <li>{t('dossier.confirmed.next.keep')}</li>
        <li>{t('dossier.confirmed.next.letter')}</li>
      </ul>
      <h2>{t('dossier.confirmed.proof')}</h2>
      <p class="no-print">
        <a href={`/api/dossier/receipt?lang=${lang}`} download>
          {t('dossier.confirmed.receipt')}
        </a>
      </p>
      {!receiptInOwnLanguage && <p class="no-print">{t('dossier.confirmed.receiptLanguage')}</p>}
      <PrintPageButton lang={lang} />
      <p class="no-print">
        <a href={`/${lang}/dossier/`}>{t('dossier.back')}</a>
      </p>
    </DossierLayout>
  );
}
