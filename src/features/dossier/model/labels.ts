import type { Section, SectionState } from './types';

// Every key is written out, so the translation check can see that it is used.

export const SECTION_TITLES: Record<Section, string> = {
  personal: 'dossier.section.personal',
  household: 'dossier.section.household',
  income: 'dossier.section.income',
  address: 'dossier.section.address',
  choices: 'dossier.section.choices',
  documents: 'dossier.section.documents',
};

export const STATE_LABELS: Record<SectionState, string> = {
  'to-check': 'dossier.state.toCheck',
  checked: 'dossier.state.checked',
  changed: 'dossier.state.changed',
};
