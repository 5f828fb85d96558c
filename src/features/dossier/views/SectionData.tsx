import { getT } from '../../../lib/i18n';
import type { Dossier, Section } from '../model/types';
import type { Lang } from '../../../lib/languages';
import { DocumentList } from './DocumentList';
import { RegisterNote } from './RegisterNote';
import { SummaryList } from './SummaryList';
import { sectionRows } from '../model/sections';

interface Props {
  lang: Lang;
  section: Section;
  dossier: Dossier;
}

/** One section's data in plain words, with what changed marked, as the section and check pages show it. */
export function SectionData({ lang, section, dossier }: Props) {
  const t = getT(lang);
  if (section === 'documents') return <DocumentList lang={lang} documents={dossier.documents} />;
  return (
    <>
      {(section === 'personal' || section === 'household') && <RegisterNote lang={lang} />}
      <SummaryList
        lang={lang}
        rows={sectionRows(section, dossier, t, lang)}
        changedFields={dossier.sections[section].changedFields}
      />
      {section === 'household' && <p>{t('dossier.household.note')}</p>}
    </>
  );
}
