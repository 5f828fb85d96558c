import type { Dossier, Section } from '../model/types';
import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import { CheckSectionForm } from './CheckSectionForm';
import { DossierLayout } from './DossierLayout';
import { SectionData } from './SectionData';
import { SECTION_TITLES, STATE_LABELS } from '../model/labels';

interface Props {
  lang: Lang;
  section: Section;
  dossier: Dossier;
  csrf: string;
}

/** /{lang}/dossier/{section}/: the data in plain words, "This is right" and "Change this". */
export function DossierSectionPage({ lang, section, dossier, csrf }: Props) {
  const t = getT(lang);
  const title = t(SECTION_TITLES[section]);
  return (
    <DossierLayout lang={lang} title={title} path={`/dossier/${section}/`} csrf={csrf}>
      <p>
        <a href={`/${lang}/dossier/`}>{t('dossier.back')}</a>
      </p>
      <h1>{title}</h1>
      <p>{t('dossier.section.state', { state: t(STATE_LABELS[dossier.sections[section].state]) })}</p>
      <SectionData lang={lang} section={section} dossier={dossier} />
      <CheckSectionForm lang={lang} section={section} csrf={csrf} />
      {section !== 'documents' && (
        <p>
          <a class="button secondary" href={`/${lang}/dossier/${section}/change/`}>
            {t('dossier.section.change')}
          </a>
        </p>
      )}
    </DossierLayout>
  );
}
