/** The dossier's shape and words, without I/O, for other features' views. */
export type { Dossier, Section, SectionState } from './types';
export { SECTIONS } from './types';
export { SECTION_TITLES, STATE_LABELS } from './labels';
export { dossierDeadline, type DossierDeadline } from './deadline';
