import { z } from 'zod';
import { ADDRESS_MAX, NAME_MAX, requiredText } from '../../../../lib/validation/text-field';
import { choicesOf, fieldRow, tableFields, type SectionModule, type SectionTable } from './section-module';

// Every key is written out, so the translation check can see that it is used.
const options = {
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
};
const labels = {
  street: 'dossier.field.street',
  postcode: 'dossier.field.postcode',
  municipality: 'dossier.field.municipality',
  register: 'dossier.field.register',
  situation: 'dossier.field.situation',
};

const REGISTERS = choicesOf(options.register);
const SITUATIONS = choicesOf(options.situation);
const POSTCODE = /^[1-9]\d{3}$/;

const form = z.object({
  street: requiredText(ADDRESS_MAX),
  postcode: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).regex(POSTCODE, { error: 'invalid' }),
  municipality: requiredText(NAME_MAX),
  register: z.enum(REGISTERS, { error: 'required' }),
  situation: z.enum(SITUATIONS, { error: 'required' }),
});

const stored = z.object({
  street: z.string().min(1),
  postcode: z.string().regex(POSTCODE),
  municipality: z.string().min(1),
  register: z.enum(REGISTERS),
  situation: z.enum(SITUATIONS),
});
export type AddressValues = z.output<typeof stored>;

const table: SectionTable<AddressValues> = {
  table: 'housing',
  rowOf: 'dossier',
  dossierKey: 'housing',
  columns: {
    street: 'street',
    postcode: 'postcode',
    municipality: 'municipality',
    register: 'register',
    situation: 'situation',
  },
};

/** The address, the register it is in, and how the person lives now (woonsituatie). */
export const address: SectionModule<AddressValues> = {
  form,
  stored,
  table,
  labels,
  options,
  fields: () => tableFields(table),
  formValues: ({ housing }) => ({ ...housing }),
  rows: ({ housing }, t) => [
    fieldRow(t, labels, 'street', housing.street),
    fieldRow(t, labels, 'postcode', housing.postcode),
    fieldRow(t, labels, 'municipality', housing.municipality),
    fieldRow(t, labels, 'register', t(options.register[housing.register])),
    fieldRow(t, labels, 'situation', t(options.situation[housing.situation])),
  ],
};
