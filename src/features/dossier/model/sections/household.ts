import { z } from 'zod';
import { formatDate } from '../../../../lib/i18n';
import { householdTicks } from '../../../../lib/validation/household-ticks';
import type { SectionModule } from './section-module';

/** One person of the household, from the national register, with what the candidate can tick. */
export interface HouseholdMember {
  id: string;
  position: number;
  role: 'reference' | 'partner' | 'child' | 'other';
  givenName: string;
  familyName: string;
  birthDate: string; // YYYY-MM-DD
  disability: boolean;
  dependent: boolean;
}

// Every key is written out, so the translation check can see that it is used.
export const ROLE_LABELS: Record<HouseholdMember['role'], string> = {
  reference: 'dossier.role.reference',
  partner: 'dossier.role.partner',
  child: 'dossier.role.child',
  other: 'dossier.role.other',
};
const labels = {
  disability: 'dossier.field.disability',
  dependent: 'dossier.field.dependent',
};

const stored = z.object({ disability: z.array(z.string()), dependent: z.array(z.string()) });
export type HouseholdValues = z.output<typeof stored>;

const ticks = (member: HouseholdMember) => [`disability-${member.id}`, `dependent-${member.id}`];

/**
 * Per member: a disability, and whether they are a dependant (ten laste). The members are a
 * list, not one row, so the store reads and writes them itself (store/household-members.ts).
 */
export const household: SectionModule<HouseholdValues> = {
  form: householdTicks,
  stored,
  labels,
  fields: (dossier) => dossier.household.flatMap(ticks),
  formValues: (dossier) =>
    Object.fromEntries(
      dossier.household.flatMap((member) => [
        ...(member.disability ? [[`disability-${member.id}`, 'on']] : []),
        ...(member.dependent ? [[`dependent-${member.id}`, 'on']] : []),
      ]),
    ),
  rows: (dossier, t, lang) =>
    dossier.household.map((member) => ({
      label: `${member.givenName} ${member.familyName}`,
      value: [
        t(ROLE_LABELS[member.role]),
        t('dossier.member.born', { date: formatDate(member.birthDate, lang) }),
        t(member.disability ? 'dossier.member.disability' : 'dossier.member.noDisability'),
        t(member.dependent ? 'dossier.member.dependent' : 'dossier.member.notDependent'),
      ].join(' · '),
      fields: ticks(member),
    })),
};
