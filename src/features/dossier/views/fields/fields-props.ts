import type { Dossier } from '../../model/types';
import type { Lang } from '../../../../lib/languages';

/** What every section's change fields get: the values to show and the error key of a field. */
export interface FieldsProps {
  lang: Lang;
  dossier: Dossier;
  values: Record<string, string>;
  errorFor: (field: string) => string | undefined;
}
