import { z } from 'zod';
import { municipalitiesField } from '../../../../lib/validation/municipalities-field';
import { choicesOf, fieldRow, tableFields, type SectionModule, type SectionTable } from './section-module';

// Every key is written out, so the translation check can see that it is used.
const options = {
  homeType: {
    house: 'dossier.option.homeType.house',
    flat: 'dossier.option.homeType.flat',
    both: 'dossier.option.homeType.both',
  },
};
const labels = {
  municipalities: 'dossier.field.municipalities',
  homeType: 'dossier.field.homeType',
};

const HOME_TYPES = choicesOf(options.homeType);

const form = z.object({
  municipalities: municipalitiesField,
  homeType: z.enum(HOME_TYPES, { error: 'required' }),
});

const stored = z.object({ municipalities: z.array(z.string().min(1)).min(1), homeType: z.enum(HOME_TYPES) });
export type ChoicesValues = z.output<typeof stored>;

const table: SectionTable<ChoicesValues> = {
  table: 'choices',
  rowOf: 'dossier',
  dossierKey: 'choices',
  columns: { municipalities: 'municipalities', homeType: 'home_type' },
};

/** The municipalities the person wants to live in, and a house, a flat or both. */
export const choices: SectionModule<ChoicesValues> = {
  form,
  stored,
  table,
  labels,
  options,
  fields: () => tableFields(table),
  formValues: ({ choices: values }) => ({
    municipalities: values.municipalities.join('\n'),
    homeType: values.homeType,
  }),
  rows: ({ choices: values }, t) => [
    fieldRow(t, labels, 'municipalities', values.municipalities.join(', ')),
    fieldRow(t, labels, 'homeType', t(options.homeType[values.homeType])),
  ],
};
