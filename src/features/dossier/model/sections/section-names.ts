import { SECTIONS, type Dossier, type Section } from '../types';

/** The sections a person can change here; documents come with the upload (a later step). */
export const EDITABLE_SECTIONS = ['personal', 'household', 'income', 'address', 'choices'] as const;
export type EditableSection = (typeof EDITABLE_SECTIONS)[number];

/**
 * @example isSection('income') // true
 */
export function isSection(value: unknown): value is Section {
  return typeof value === 'string' && (SECTIONS as readonly string[]).includes(value);
}

/**
 * @example isEditableSection('documents') // false
 */
export function isEditableSection(value: unknown): value is EditableSection {
  return typeof value === 'string' && (EDITABLE_SECTIONS as readonly string[]).includes(value);
}

/**
 * The sections still marked "to check"; empty when the person may go on to confirm.
 * @example sectionsToCheck(dossier.sections) // ['income', 'documents']
 */
export function sectionsToCheck(sections: Dossier['sections']): Section[] {
  return SECTIONS.filter((section) => sections[section].state === 'to-check');
}

/** True when the latest confirmation is of the dossier as it is now (no change since). */
export function isConfirmedAsIs(dossier: Pick<Dossier, 'confirmation' | 'version'>): boolean {
  return dossier.confirmation?.dossierVersion === dossier.version;
}
