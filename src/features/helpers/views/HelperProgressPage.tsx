import { formatDay } from '../../../lib/date-time';
import { getT } from '../../../lib/i18n';
import { DEFAULT_LANG, isLang, LANGUAGE_NAMES, LANGUAGES } from '../../../lib/languages';
import { KIND_LABELS } from '../../documents/model/index';
import { SECTION_TITLES, SECTIONS, STATE_LABELS } from '../../dossier/model/index';
import { staffLang } from '../../staff/model/index';
import type { HelperProgress } from '../model/progress';
import { DeadlineText } from './DeadlineText';
import { HelperLayout, type HelperFrame } from './HelperLayout';
import { STATUS_KEYS } from './labels';

interface Props extends HelperFrame {
  progress: HelperProgress;
}

/**
 * /{lang}/helper/candidates/{consent}/: one candidate's progress, and nothing more: the state of
 * each part, the deadline, the documents still missing and whether there is a proxy.
 */
export function HelperProgressPage({ progress, ...frame }: Props) {
  const shown = staffLang(frame.lang);
  const t = getT(shown);
  const path = `/helper/candidates/${progress.consentId}/`;
  const candidateLang = isLang(progress.candidateLang) ? progress.candidateLang : DEFAULT_LANG;
  return (
    <HelperLayout {...frame} title={progress.name} path={path}>
      <h1>{progress.name}</h1>
      <p>{t('helperPages.minimisation')}</p>
      <dl class="summary">
        <dt>{t('helperPages.progress.reference')}</dt>
        <dd>
          {progress.reference}, {progress.housingCompany}
        </dd>
        <dt>{t('helperPages.list.status')}</dt>
        <dd>{t(STATUS_KEYS[progress.status])}</dd>
        <dt>{t('helperPages.progress.time')}</dt>
        <dd>
          <DeadlineText lang={shown} deadline={progress.deadline} />
        </dd>
        <dt>{t('helperPages.progress.proxy')}</dt>
        <dd>{t(progress.hasProxy ? 'helperPages.yes' : 'helperPages.no')}</dd>
        <dt>{t('helperPages.list.consentUntil')}</dt>
        <dd>{formatDay(progress.consentEndsAt, shown)}</dd>
      </dl>
      <table>
        <caption>{t('helperPages.progress.parts')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('helperPages.progress.part')}</th>
            <th scope="col">{t('helperPages.progress.state')}</th>
          </tr>
        </thead>
        <tbody>
          {SECTIONS.map((section) => (
            <tr>
              <th scope="row">{getT(shown)(SECTION_TITLES[section])}</th>
              <td>{getT(shown)(STATE_LABELS[progress.sections[section]])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('helperPages.progress.missing')}</h2>
      {progress.missingDocuments.length === 0 ? (
        <p>{t('helperPages.progress.noneMissing')}</p>
      ) : (
        <ul>
          {progress.missingDocuments.map((kind) => (
            <li>{t(KIND_LABELS[kind])}</li>
          ))}
        </ul>
      )}
      <p>
        <a class="button" href={`/${frame.lang}${path}sheet/`}>
          {t('helperPages.progress.sheet', { language: LANGUAGE_NAMES[candidateLang] })}
        </a>
      </p>
      <nav aria-labelledby="sheet-languages">
        <p id="sheet-languages">{t('helperPages.progress.otherLanguage')}</p>
        <ul class="inline-list">
          {LANGUAGES.filter((l) => l !== candidateLang).map((l) => (
            <li>
              <a href={`/${frame.lang}${path}sheet/?in=${l}`} lang={l} hreflang={l}>
                {LANGUAGE_NAMES[l]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </HelperLayout>
  );
}
