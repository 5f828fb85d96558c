import type { EditableSection } from '../model/sections';
import type { Dossier } from '../model/types';
import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import type { FieldError } from '../../../lib/validation/issues';
import { ChangeForm } from './ChangeForm';
import { DossierLayout } from './DossierLayout';
import { RegisterNote } from './RegisterNote';
import { SECTION_TITLES } from '../model/labels';

interface Props {
  lang: Lang;
  section: EditableSection;
  dossier: Dossier;
  /** Pre-filled from the dossier, or what the person typed when it comes back with errors. */
  values: Record<string, string>;
  /** The version the person started from (the dossier's, unless the form comes back with errors). */
  version: number;
  errors?: FieldError[];
  /** The values are what the person typed before their session lapsed: say so. */
  kept?: boolean;
  csrf: string;
  idempotencyKey: string;
}

/** /{lang}/dossier/{section}/change/: the section's form, filled in with what we know. */
export function DossierChangePage({
  lang,
  section,
  dossier,
  values,
  version,
  errors = [],
  kept = false,
  csrf,
  idempotencyKey,
}: Props) {
  const t = getT(lang);
  const title = t('dossier.change.title', { section: t(SECTION_TITLES[section]) });
  return (
    <DossierLayout
      lang={lang}
      title={title}
      path={`/dossier/${section}/change/`}
      csrf={csrf}
      hasError={errors.length > 0}
    >
      <p>
        <a href={`/${lang}/dossier/${section}/`}>{t('dossier.change.cancel')}</a>
      </p>
      <h1>{title}</h1>
      {kept && <p class="panel ok">{t('dossier.change.kept')}</p>}
      <p>{t('dossier.change.intro')}</p>
      {(section === 'personal' || section === 'household') && <RegisterNote lang={lang} />}
      <ChangeForm
        lang={lang}
        section={section}
        dossier={dossier}
        version={version}
        values={values}
        errors={errors}
        csrf={csrf}
        idempotencyKey={idempotencyKey}
        submitLabel={t('dossier.change.save')}
      />
    </DossierLayout>
  );
}
