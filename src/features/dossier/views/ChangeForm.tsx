import type { EditableSection } from '../model/sections';
import type { Dossier } from '../model/types';
import type { Lang } from '../../../lib/languages';
import type { FieldError } from '../../../lib/validation/issues';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { SectionFields } from './fields/SectionFields';

interface Props {
  lang: Lang;
  section: EditableSection;
  dossier: Dossier;
  /** The version this form started from: a save over a newer one is refused, nothing lost. */
  version: number;
  values: Record<string, string>;
  errors: FieldError[];
  csrf: string;
  idempotencyKey: string;
  submitLabel: string;
}

/**
 * A section's change form, posted to /api/dossier/save. It carries the session's CSRF token, the
 * version it started from (a save over a newer version is refused, nothing lost) and a fresh
 * idempotency key (a repeated post gets the first answer).
 */
export function ChangeForm({
  lang,
  section,
  dossier,
  version,
  values,
  errors,
  csrf,
  idempotencyKey,
  submitLabel,
}: Props) {
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.key;
  return (
    <form method="post" action="/api/dossier/save" novalidate>
      <ErrorSummary lang={lang} errors={errors} />
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" id="version" name="version" value={String(version)} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="section" value={section} />
      <input type="hidden" name="lang" value={lang} />
      <SectionFields section={section} lang={lang} dossier={dossier} values={values} errorFor={errorFor} />
      <p>
        <button type="submit">{submitLabel}</button>
      </p>
    </form>
  );
}
