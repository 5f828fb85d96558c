import type { TFunction } from 'i18next';
import type { Dossier, Section } from '../model/types';
import { numberFormat } from '../../../lib/formatters';
import { formatDate } from '../../../lib/i18n';
import { LANGUAGE_NAMES, isLang, type Lang } from '../../../lib/languages';
import { FIELD_LABELS, OPTION_LABELS, ROLE_LABELS } from '../model/labels';

/** One line of a summary list: what it is, the value in plain words, and the fields behind it. */
export interface SummaryRow {
  label: string;
  value: string;
  fields: string[];
}

/**
 * @example nationalNumberText('85073003328') // '85.07.30-033.28'
 */
export const nationalNumberText = (n: string) =>
  `${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 6)}-${n.slice(6, 9)}.${n.slice(9, 11)}`;

const euros = (cents: number, lang: Lang) =>
  numberFormat(lang, { style: 'currency', currency: 'EUR' }).format(cents / 100);

type Builder = (dossier: Dossier, t: TFunction, lang: Lang) => SummaryRow[];

const row = (t: TFunction, field: string, value: string, fields = [field]): SummaryRow => ({
  label: t(FIELD_LABELS[field] ?? field),
  value: value === '' ? t('dossier.value.none') : value,
  fields,
});

const option = (t: TFunction, field: string, value: string) => t(OPTION_LABELS[field]?.[value] ?? value);

const builders: Record<Exclude<Section, 'documents'>, Builder> = {
  personal: ({ person }, t, lang) => [
    row(t, 'givenName', person.givenName),
    row(t, 'familyName', person.familyName),
    row(t, 'birthDate', formatDate(person.birthDate, lang)),
    row(t, 'nationalNumber', nationalNumberText(person.nationalNumber)),
    row(t, 'phone', person.phone ?? ''),
    row(t, 'email', person.email ?? ''),
    row(t, 'preferredLang', isLang(person.preferredLang) ? LANGUAGE_NAMES[person.preferredLang] : ''),
  ],
  household: ({ household }, t, lang) =>
    household.map((member) => ({
      label: `${member.givenName} ${member.familyName}`,
      value: [
        t(ROLE_LABELS[member.role]),
        t('dossier.member.born', { date: formatDate(member.birthDate, lang) }),
        t(member.disability ? 'dossier.member.disability' : 'dossier.member.noDisability'),
        t(member.dependent ? 'dossier.member.dependent' : 'dossier.member.notDependent'),
      ].join(' · '),
      fields: [`disability-${member.id}`, `dependent-${member.id}`],
    })),
  income: ({ income }, t, lang) => [
    row(t, 'source', option(t, 'source', income.source)),
    ...(income.taxYear === null ? [] : [row(t, 'taxYear', String(income.taxYear))]),
    row(t, 'amount', euros(income.amountCents, lang), ['amount', 'amountCents']),
  ],
  address: ({ housing }, t) => [
    row(t, 'street', housing.street),
    row(t, 'postcode', housing.postcode),
    row(t, 'municipality', housing.municipality),
    row(t, 'register', option(t, 'register', housing.register)),
    row(t, 'situation', option(t, 'situation', housing.situation)),
  ],
  choices: ({ choices }, t) => [
    row(t, 'municipalities', choices.municipalities.join(', ')),
    row(t, 'homeType', option(t, 'homeType', choices.homeType)),
  ],
};

/** The data of one section in plain words, as the section page and the check page show it. */
export function sectionRows(section: Exclude<Section, 'documents'>, dossier: Dossier, t: TFunction, lang: Lang) {
  return builders[section](dossier, t, lang);
}
