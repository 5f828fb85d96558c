import { formValuesOf } from '../model/sections';
import type { EditableSection } from '../model/sections';
import type { Dossier } from '../model/types';
import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import { ChangeForm } from './ChangeForm';
import { ComparisonTable } from './ComparisonTable';
import { DossierLayout } from './DossierLayout';
import { SECTION_TITLES } from '../model/labels';

interface Props {
  lang: Lang;
  section: EditableSection;
  /** The dossier as saved now, newer than the form the person started from. */
  current: Dossier;
  typed: Record<string, string>;
  csrf: string;
  idempotencyKey: string;
}

/**
 * "This changed meanwhile" (409): what is saved now beside what the person typed, and the form
 * again with what they typed and the new version, so keeping theirs is one button. Nothing is lost.
 */
export function DossierConflictPage({ lang, section, current, typed, csrf, idempotencyKey }: Props) {
  const t = getT(lang);
  const title = t('dossier.conflict.title');
  return (
    <DossierLayout lang={lang} title={title} path={`/dossier/${section}/change/`} csrf={csrf} hasError>
      <h1>{title}</h1>
      <p class="panel warn" role="alert">
        {t('dossier.conflict.text', { section: t(SECTION_TITLES[section]) })}
      </p>
      <ComparisonTable
        lang={lang}
        section={section}
        dossier={current}
        saved={formValuesOf(section, current, lang)}
        typed={typed}
      />
      <h2>{t('dossier.conflict.keepMine')}</h2>
      <ChangeForm
        lang={lang}
        section={section}
        dossier={current}
        version={current.version}
        values={typed}
        errors={[]}
        csrf={csrf}
        idempotencyKey={idempotencyKey}
        submitLabel={t('dossier.conflict.saveMine')}
      />
      <h2>{t('dossier.conflict.keepSaved')}</h2>
      <p>
        <a href={`/${lang}/dossier/${section}/`}>{t('dossier.conflict.keepSavedLink')}</a>
      </p>
    </DossierLayout>
  );
}
