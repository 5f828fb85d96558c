import type { TFunction } from 'i18next';
import type { Dossier, Section } from '../types';
import type { Lang } from '../../../../lib/languages';
import { address, type AddressValues } from './address';
import { choices, type ChoicesValues } from './choices';
import { household, type HouseholdValues } from './household';
import { income, type IncomeValues } from './income';
import { personal, type PersonalValues } from './personal';
import type { EditableSection } from './section-names';
import type { SectionModule, SectionTable, SummaryRow } from './section-module';

export * from './section-names';
export type { Column, SectionTable, SummaryRow } from './section-module';
export { ROLE_LABELS, type HouseholdMember } from './household';

/** What each section's change form produces, and what the service writes. */
export interface SectionValues {
  personal: PersonalValues;
  household: HouseholdValues;
  income: IncomeValues;
  address: AddressValues;
  choices: ChoicesValues;
}

/** Every editable section's module, in the order of the task list. */
export const SECTION_MODULES: { [S in EditableSection]: SectionModule<SectionValues[S]> } = {
  personal,
  household,
  income,
  address,
  choices,
};

/**
 * The change form of each section, over urlencoded string values; the same schemas run in the
 * browser and in the functions. Issue messages are codes: `${section}.${field}.${code}` in
 * locales/<lang>/dossier.json. Fields the form does not show (csrf, version) are ignored.
 */
export const sectionSchemas = {
  personal: personal.form,
  household: household.form,
  income: income.form,
  address: address.form,
  choices: choices.form,
};

/** The sections kept in one row per dossier, with their tables: what the store reads and writes. */
export const SECTION_TABLES = [personal.table, income.table, address.table, choices.table].filter(
  (table) => table !== undefined,
) as unknown as SectionTable<Record<string, unknown>>[];

const modules = Object.values(SECTION_MODULES) as SectionModule<unknown>[];

/** The label of every form field, and of the register data shown beside them. */
export const FIELD_LABELS: Record<string, string> = Object.assign({}, ...modules.map((m) => m.labels));

/** The words for each choice of the radio fields. */
export const OPTION_LABELS: Record<string, Record<string, string>> = Object.assign(
  {},
  ...modules.map((m) => m.options ?? {}),
);

/**
 * What the change form of a section shows before the person types anything: everything the
 * dossier already knows (WCAG 3.3.7, never ask again), as the strings the form posts.
 */
export function formValuesOf(section: EditableSection, dossier: Dossier, lang: Lang): Record<string, string> {
  return SECTION_MODULES[section].formValues(dossier, lang);
}

/**
 * The names of a section's form fields, in the order of the form.
 * @example formFieldsOf('income', dossier) // ['source', 'taxYear', 'amount']
 */
export function formFieldsOf(section: EditableSection, dossier: Dossier): string[] {
  return SECTION_MODULES[section].fields(dossier);
}

/** The data of one section in plain words, as the section page and the check page show it. */
export function sectionRows(
  section: Exclude<Section, 'documents'>,
  dossier: Dossier,
  t: TFunction,
  lang: Lang,
): SummaryRow[] {
  return SECTION_MODULES[section].rows(dossier, t, lang);
}

/**
 * The values of one section as its change form's schema produced them.
 * @throws TypeError when they are not: the caller skipped `sectionSchemas[section].safeParse`.
 */
export function validatedValues<S extends EditableSection>(section: S, values: unknown): SectionValues[S] {
  const result = SECTION_MODULES[section].stored.safeParse(values);
  if (!result.success) throw new TypeError(`saveSection: ${section} values were not validated`);
  return result.data as SectionValues[S];
}
