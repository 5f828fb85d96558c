import { todayInBelgium } from '../../../lib/dates';
import { formatDate, getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import { Document } from '../../../ui/Document';
import { PrintButton } from '../../../ui/PrintButton';
import { KIND_LABELS } from '../../documents/model/index';
import { SECTION_TITLES, SECTIONS } from '../../dossier/model/index';
import type { HelperProgress } from '../model/progress';
import { DeadlineText } from './DeadlineText';

interface Props {
  /** The candidate's language: the sheet is for them. */
  lang: Lang;
  /** The language of the helper's pages, for the way back. */
  helperLang: Lang;
  progress: HelperProgress;
}

/**
 * …/sheet/: one printed page for the candidate, in their language: what is still to do before
 * the deadline (parts to check, documents to send) and where to do it.
 */
export function MissingSheetPage({ lang, helperLang, progress }: Props) {
  const t = getT(lang);
  const toCheck = SECTIONS.filter((section) => progress.sections[section] === 'to-check');
  return (
    <Document lang={lang} title={t('helpers.sheet.title')} path={`/helper/candidates/${progress.consentId}/sheet/`}>
      <p class="no-print">
        <a href={`/${helperLang}/helper/candidates/${progress.consentId}/`} lang={helperLang}>
          {getT(helperLang)('helperPages.back')}
        </a>
      </p>
      <h1>{t('helpers.sheet.title')}</h1>
      <p>
        {t('helpers.sheet.for', { name: progress.name, reference: progress.reference })}{' '}
        {t('helpers.sheet.printed', { date: formatDate(todayInBelgium(), lang) })}
      </p>
      <p class="panel warn">
        <strong>
          <DeadlineText lang={lang} deadline={progress.deadline} />
        </strong>
      </p>
      {progress.status === 'confirmed' && <p>{t('helpers.sheet.confirmed')}</p>}
      <h2>{t('helpers.sheet.check')}</h2>
      {toCheck.length === 0 ? (
        <p>{t('helpers.sheet.nothingToCheck')}</p>
      ) : (
        <ul>
          {toCheck.map((section) => (
            <li>{t(SECTION_TITLES[section])}</li>
          ))}
        </ul>
      )}
      <h2>{t('helpers.sheet.send')}</h2>
      {progress.missingDocuments.length === 0 ? (
        <p>{t('helpers.sheet.nothingToSend')}</p>
      ) : (
        <ul>
          {progress.missingDocuments.map((kind) => (
            <li>{t(KIND_LABELS[kind])}</li>
          ))}
        </ul>
      )}
      <h2>{t('helpers.sheet.how')}</h2>
      <ol>
        <li>{t('helpers.sheet.step1')}</li>
        <li>{t('helpers.sheet.step2')}</li>
        <li>{t('helpers.sheet.step3')}</li>
      </ol>
      <p>{t('helpers.sheet.help', { company: progress.housingCompany })}</p>
      <PrintButton lang={lang} label={t('helpers.sheet.print')} />
    </Document>
  );
}
