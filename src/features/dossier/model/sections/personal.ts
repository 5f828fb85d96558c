import { z } from 'zod';
import { formatDate } from '../../../../lib/i18n';
import { LANGUAGE_NAMES, LANGUAGES, isLang } from '../../../../lib/languages';
import { optionalEmail, optionalPhone } from '../../../../lib/validation/contact-fields';
import { fieldRow, tableFields, type SectionModule, type SectionTable } from './section-module';

/**
 * @example nationalNumberText('85073003328') // '85.07.30-033.28'
 */
export const nationalNumberText = (n: string) =>
  `${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 6)}-${n.slice(6, 9)}.${n.slice(9, 11)}`;

/** Name, birth date and national number come from the national register: not changeable here. */
const form = z.object({
  phone: optionalPhone,
  email: optionalEmail,
  preferredLang: z.enum(LANGUAGES, { error: 'required' }),
});

const stored = z.object({
  phone: z.string().nullable(),
  email: z.string().nullable(),
  preferredLang: z.enum(LANGUAGES),
});
export type PersonalValues = z.output<typeof stored>;

const table: SectionTable<PersonalValues> = {
  table: 'candidates',
  rowOf: 'candidate',
  dossierKey: 'person',
  columns: { phone: 'phone', email: 'email', preferredLang: 'preferred_lang' },
  readOnly: {
    nationalNumber: 'national_number',
    givenName: 'given_name',
    familyName: 'family_name',
    birthDate: { date: 'birth_date' },
  },
};

/** The person's own data as the dossier holds it: the register's and what they can change here. */
export interface Person extends Omit<PersonalValues, 'preferredLang'> {
  nationalNumber: string;
  givenName: string;
  familyName: string;
  birthDate: string; // YYYY-MM-DD
  /** A language code; older rows may hold one the site does not offer. */
  preferredLang: string;
}

// Every key is written out, so the translation check can see that it is used.
const labels = {
  givenName: 'dossier.field.givenName',
  familyName: 'dossier.field.familyName',
  birthDate: 'dossier.field.birthDate',
  nationalNumber: 'dossier.field.nationalNumber',
  phone: 'dossier.field.phone',
  email: 'dossier.field.email',
  preferredLang: 'dossier.field.preferredLang',
};

/** Phone, e-mail and the language letters come in; the national register's data shown beside them. */
export const personal: SectionModule<PersonalValues> = {
  form,
  stored,
  table,
  labels,
  fields: () => tableFields(table),
  formValues: ({ person }) => ({
    phone: person.phone ?? '',
    email: person.email ?? '',
    preferredLang: person.preferredLang,
  }),
  rows: ({ person }, t, lang) => [
    fieldRow(t, labels, 'givenName', person.givenName),
    fieldRow(t, labels, 'familyName', person.familyName),
    fieldRow(t, labels, 'birthDate', formatDate(person.birthDate, lang)),
    fieldRow(t, labels, 'nationalNumber', nationalNumberText(person.nationalNumber)),
    fieldRow(t, labels, 'phone', person.phone ?? ''),
    fieldRow(t, labels, 'email', person.email ?? ''),
    fieldRow(t, labels, 'preferredLang', isLang(person.preferredLang) ? LANGUAGE_NAMES[person.preferredLang] : ''),
  ],
};
