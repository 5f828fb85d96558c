import type { TFunction } from 'i18next';
import type { Dossier } from '../../model/types';
import type { Lang } from '../../../../lib/languages';

/** What every section's change fields get: the values to show and the error key of a field. */
export interface FieldsProps {
  t: TFunction;
  lang: Lang;
  dossier: Dossier;
  values: Record<string, string>;
  errorFor: (field: string) => string | undefined;
}
