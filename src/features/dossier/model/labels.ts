import type { HouseholdMember, Section, SectionState } from './types';

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

export const ROLE_LABELS: Record<HouseholdMember['role'], string> = {
  reference: 'dossier.role.reference',
  partner: 'dossier.role.partner',
  child: 'dossier.role.child',
  other: 'dossier.role.other',
};

/** The label of every form field, and of the register data shown beside them. */
export const FIELD_LABELS: Record<string, string> = {
  givenName: 'dossier.field.givenName',
  familyName: 'dossier.field.familyName',
  birthDate: 'dossier.field.birthDate',
  nationalNumber: 'dossier.field.nationalNumber',
  phone: 'dossier.field.phone',
  email: 'dossier.field.email',
  preferredLang: 'dossier.field.preferredLang',
  source: 'dossier.field.source',
  taxYear: 'dossier.field.taxYear',
  amount: 'dossier.field.amount',
  street: 'dossier.field.street',
  postcode: 'dossier.field.postcode',
  municipality: 'dossier.field.municipality',
  register: 'dossier.field.register',
  situation: 'dossier.field.situation',
  municipalities: 'dossier.field.municipalities',
  homeType: 'dossier.field.homeType',
  disability: 'dossier.field.disability',
  dependent: 'dossier.field.dependent',
};

/** The words for each choice of the radio fields. */
export const OPTION_LABELS: Record<string, Record<string, string>> = {
  source: {
    'tax-assessment': 'dossier.option.source.taxAssessment',
    'last-three-months': 'dossier.option.source.lastThreeMonths',
  },
  register: {
    population: 'dossier.option.register.population',
    foreigners: 'dossier.option.register.foreigners',
    'reference-address': 'dossier.option.register.referenceAddress',
  },
  situation: {
    'private-rent': 'dossier.option.situation.privateRent',
    'with-family': 'dossier.option.situation.withFamily',
    homeless: 'dossier.option.situation.homeless',
    'social-rent': 'dossier.option.situation.socialRent',
    owner: 'dossier.option.situation.owner',
    other: 'dossier.option.situation.other',
  },
  homeType: {
    house: 'dossier.option.homeType.house',
    flat: 'dossier.option.homeType.flat',
    both: 'dossier.option.homeType.both',
  },
};
