import type { EditableSection } from './sections';
import type { Dossier } from './types';
import type { Lang } from '../../../lib/languages';

type Values = Record<string, string>;

/**
 * An amount in cents as a person types it: no thousands separator, a decimal comma
 * (a decimal point in English), as the income schema accepts both.
 * @example amountText(123456, 'nl') // '1234,56'
 */
export function amountText(cents: number, lang: Lang): string {
  const euros = Math.floor(cents / 100);
  const rest = String(cents % 100).padStart(2, '0');
  return `${euros}${lang === 'en' ? '.' : ','}${rest}`;
}

const builders: Record<EditableSection, (dossier: Dossier, lang: Lang) => Values> = {
  personal: ({ person }) => ({
    phone: person.phone ?? '',
    email: person.email ?? '',
    preferredLang: person.preferredLang,
  }),
  household: ({ household }) =>
    Object.fromEntries(
      household.flatMap((member) => [
        ...(member.disability ? [[`disability-${member.id}`, 'on']] : []),
        ...(member.dependent ? [[`dependent-${member.id}`, 'on']] : []),
      ]),
    ),
  income: ({ income }, lang) => ({
    source: income.source,
    taxYear: income.taxYear === null ? '' : String(income.taxYear),
    amount: amountText(income.amountCents, lang),
  }),
  address: ({ housing }) => ({ ...housing }),
  choices: ({ choices }) => ({ municipalities: choices.municipalities.join('\n'), homeType: choices.homeType }),
};

/**
 * What the change form of a section shows before the person types anything: everything the
 * dossier already knows (WCAG 3.3.7, never ask again), as the strings the form posts.
 */
export function formValuesOf(section: EditableSection, dossier: Dossier, lang: Lang): Values {
  return builders[section](dossier, lang);
}

const FIELD_NAMES: Record<Exclude<EditableSection, 'household'>, string[]> = {
  personal: ['phone', 'email', 'preferredLang'],
  income: ['source', 'taxYear', 'amount'],
  address: ['street', 'postcode', 'municipality', 'register', 'situation'],
  choices: ['municipalities', 'homeType'],
};

/**
 * The names of a section's form fields, in the order of the form.
 * @example formFieldsOf('income', dossier) // ['source', 'taxYear', 'amount']
 */
export function formFieldsOf(section: EditableSection, dossier: Dossier): string[] {
  if (section !== 'household') return FIELD_NAMES[section];
  return dossier.household.flatMap((member) => [`disability-${member.id}`, `dependent-${member.id}`]);
}
