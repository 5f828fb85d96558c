import { todayInBelgium } from '../../../lib/dates';
import { formatDateTime, formatDay } from '../../../lib/date-time';
import { dossierDeadline } from '../model/deadline';
import { isConfirmedAsIs, sectionsToCheck } from '../model/sections';
import type { Dossier } from '../model/types';
import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import { DataIssues } from './DataIssues';
import { DeadlineBanner } from './DeadlineBanner';
import { DossierLayout } from './DossierLayout';
import { TaskList } from './TaskList';
import { AppealLetterForm } from '../../letters/views/index';

interface Props {
  lang: Lang;
  dossier: Dossier;
  csrf: string;
}

/** /{lang}/dossier/: the deadline, the flagged problems, the six parts and their state. */
export function DossierOverviewPage({ lang, dossier, csrf }: Props) {
  const t = getT(lang);
  const deadline = dossierDeadline(dossier.letters, todayInBelgium());
  const confirmed = isConfirmedAsIs(dossier) ? dossier.confirmation : null;
  const ready = sectionsToCheck(dossier.sections).length === 0;
  return (
    <DossierLayout lang={lang} title={t('dossier.overview.title')} path="/dossier/" csrf={csrf}>
      <h1>{t('dossier.overview.title')}</h1>
      <p>{t('dossier.overview.number', { reference: dossier.reference, company: dossier.housingCompany })}</p>
      {confirmed ? (
        <div class="panel ok">
          <p>
            {confirmed.confirmedBy
              ? t('dossier.overview.confirmedByStaff', {
                  name: confirmed.confirmedBy.name,
                  company: confirmed.confirmedBy.company,
                  date: formatDateTime(confirmed.confirmedAt, lang),
                  reference: confirmed.reference,
                })
              : t('dossier.overview.confirmed', {
                  date: formatDateTime(confirmed.confirmedAt, lang),
                  reference: confirmed.reference,
                })}
          </p>
          <p>
            <a href={`/${lang}/dossier/confirmed/`}>{t('dossier.overview.confirmedLink')}</a>
          </p>
        </div>
      ) : (
        deadline && <DeadlineBanner lang={lang} deadline={deadline} />
      )}
      {deadline?.kind === 'struck-off' && (
        <AppealLetterForm
          lang={lang}
          values={{
            fullName: `${dossier.person.givenName} ${dossier.person.familyName}`,
            address: `${dossier.housing.street}\n${dossier.housing.postcode} ${dossier.housing.municipality}`,
            housingCompany: dossier.housingCompany,
            noticeDate: dossier.letters.filter((letter) => letter.kind === 'struck-off').at(-1)?.sentOn ?? '',
          }}
        />
      )}
      <DataIssues lang={lang} issues={dossier.dataIssues} />
      <p>{t('dossier.overview.intro')}</p>
      <TaskList lang={lang} sections={dossier.sections} />
      {ready ? (
        <p>
          <a class="button" href={`/${lang}/dossier/check/`}>
            {t('dossier.overview.checkAnswers')}
          </a>
        </p>
      ) : (
        <p>{t('dossier.overview.notReady')}</p>
      )}
      {dossier.helpers.length > 0 && (
        <>
          <h2>{t('dossier.overview.helpersTitle')}</h2>
          <ul>
            {dossier.helpers.map((helper) => (
              <li>
                {t('dossier.overview.helperUntil', {
                  organisation: helper.organisation,
                  date: formatDay(helper.endsAt, lang),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href={`/${lang}/dossier/helpers/`}>{t('dossier.overview.helpersLink')}</a>
      </p>
    </DossierLayout>
  );
}
