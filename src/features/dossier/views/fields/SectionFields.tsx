import type { FunctionComponent } from 'preact';
import type { EditableSection } from '../../model/sections';
import { AddressFields } from './AddressFields';
import { ChoicesFields } from './ChoicesFields';
import type { FieldsProps } from './fields-props';
import { HouseholdFields } from './HouseholdFields';
import { IncomeFields } from './IncomeFields';
import { PersonalFields } from './PersonalFields';

const FIELDS: Record<EditableSection, FunctionComponent<FieldsProps>> = {
  personal: PersonalFields,
  household: HouseholdFields,
  income: IncomeFields,
  address: AddressFields,
  choices: ChoicesFields,
};

/** The fields of one section's change form. */
export function SectionFields({ section, ...props }: FieldsProps & { section: EditableSection }) {
  const Fields = FIELDS[section];
  return <Fields {...props} />;
}
