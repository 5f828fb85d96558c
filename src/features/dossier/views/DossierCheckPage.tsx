import { isConfirmedAsIs, sectionsToCheck } from '../model/sections';
import { SECTIONS, type Dossier } from '../model/types';
import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import { ConfirmForm } from './ConfirmForm';
import { DossierLayout } from './DossierLayout';
import { SectionData } from './SectionData';
import { SECTION_TITLES } from '../model/labels';

interface Props {
  lang: Lang;
  dossier: Dossier;
  csrf: string;
  idempotencyKey: string;
  /** Shown again after a confirmation was refused: the dossier changed meanwhile, or parts are open. */
  refusal?: 'changed' | 'open' | undefined;
}

/** /{lang}/dossier/check/: the whole dossier with the changes marked, then "Confirm my dossier". */
export function DossierCheckPage({ lang, dossier, csrf, idempotencyKey, refusal }: Props) {
  const t = getT(lang);
  const open = sectionsToCheck(dossier.sections);
  return (
    <DossierLayout
      lang={lang}
      title={t('dossier.checkAnswers.title')}
      path="/dossier/check/"
      csrf={csrf}
      hasError={refusal !== undefined}
    >
      <p>
        <a href={`/${lang}/dossier/`}>{t('dossier.back')}</a>
      </p>
      <h1>{t('dossier.checkAnswers.title')}</h1>
      {refusal === 'changed' && (
        <p class="panel warn" role="alert">
          {t('dossier.confirm.changedMeanwhile')}
        </p>
      )}
      <p>{t('dossier.checkAnswers.intro')}</p>
      {SECTIONS.map((section) => (
        <section aria-labelledby={`part-${section}`}>
          <h2 id={`part-${section}`}>{t(SECTION_TITLES[section])}</h2>
          <SectionData lang={lang} section={section} dossier={dossier} />
          {section !== 'documents' && (
            <p class="no-print">
              <a href={`/${lang}/dossier/${section}/change/`}>
                {t('dossier.checkAnswers.change')}
                <span class="vh">: {t(SECTION_TITLES[section])}</span>
              </a>
            </p>
          )}
        </section>
      ))}
      <h2>{t('dossier.confirm.title')}</h2>
      {isConfirmedAsIs(dossier) && dossier.confirmation && (
        <p class="panel ok">
          {t('dossier.confirm.already', { reference: dossier.confirmation.reference })}{' '}
          <a href={`/${lang}/dossier/confirmed/`}>{t('dossier.overview.confirmedLink')}</a>
        </p>
      )}
      {open.length > 0 ? (
        <div class="panel warn" {...(refusal === 'open' ? { role: 'alert' } : {})}>
          <p>{t('dossier.confirm.notReady')}</p>
          <ul>
            {open.map((section) => (
              <li>
                <a href={`/${lang}/dossier/${section}/`}>{t(SECTION_TITLES[section])}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          <p>{t('dossier.confirm.text')}</p>
          <ConfirmForm lang={lang} csrf={csrf} version={dossier.version} idempotencyKey={idempotencyKey} />
        </>
      )}
    </DossierLayout>
  );
}
