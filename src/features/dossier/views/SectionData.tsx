import type { TFunction } from 'i18next';
import type { Dossier, Section } from '../model/types';
import type { Lang } from '../../../lib/languages';
import { DocumentList } from './DocumentList';
import { RegisterNote } from './RegisterNote';
import { SummaryList } from './SummaryList';
import { sectionRows } from '../model/sections';

interface Props {
  t: TFunction;
  lang: Lang;
  section: Section;
  dossier: Dossier;
}

/** One section's data in plain words, with what changed marked, as the section and check pages show it. */
export function SectionData({ t, lang, section, dossier }: Props) {
  if (section === 'documents') return <DocumentList t={t} lang={lang} documents={dossier.documents} />;
  return (
    <>
      {(section === 'personal' || section === 'household') && <RegisterNote t={t} />}
      <SummaryList
        t={t}
        rows={sectionRows(section, dossier, t, lang)}
        changedFields={dossier.sections[section].changedFields}
      />
      {section === 'household' && <p>{t('dossier.household.note')}</p>}
    </>
  );
}
