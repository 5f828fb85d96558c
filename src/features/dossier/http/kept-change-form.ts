import type { Lang } from '../../../lib/languages';
import { isEditableSection, type EditableSection } from '../model/sections';
import type { KeepAs } from './post-request';

/**
 * Under which name a section's change form waits for a new login.
 * @example keptChangeForm('income') // 'dossier:income'
 */
export const keptChangeForm = (section: EditableSection) => `dossier:${section}`;

/** A change form that arrives too late waits under its section, and the new login leads back to it. */
export function keepChangeForm(values: Record<string, string>, lang: Lang): KeepAs | null {
  const section = values['section'];
  if (!isEditableSection(section)) return null;
  return { form: keptChangeForm(section), returnPath: `/${lang}/dossier/${section}/change/` };
}
