/**
 * Small helpers that keep the seed's dossiers readable: every date is counted from `today`,
 * every deadline comes from content/data/deadline-rules.json, as the real letters do.
 */
import { addDays } from '../../src/lib/dates';
import {
  APPEAL_DAYS,
  computeDeadline,
  LETTER_DAYS,
  type LetterKind,
} from '../../src/features/deadline/model/deadlines';
import type { Dossier, Letter, Section } from '../../src/features/dossier/model/types';

type Income = Dossier['income'];
type Housing = Dossier['housing'];
type Choices = Dossier['choices'];
import type { Lang } from '../../src/lib/languages';
import type { TestCitizen } from './candidates';
import type { DocumentKind } from '../../src/features/documents/model/kinds';

export interface SeedMember {
  role: 'partner' | 'child' | 'other';
  givenName: string;
  familyName: string;
  birthDate: string;
  disability?: boolean;
  dependent?: boolean;
}

export interface SeedDossier {
  citizen: TestCitizen;
  preferredLang: Lang;
  phone?: string;
  email?: string;
  housingCompany: string;
  registrationDate: string;
  status?: 'open' | 'confirmed' | 'struck-off';
  dataIssues?: string[];
  /** Everyone besides the candidate, who is always the household's reference person. */
  members: SeedMember[];
  income: Income;
  housing: Housing;
  choices: Choices;
  letters: Letter[];
  /** What the housing company asks to be sent; left out, what it would ask from this dossier. */
  asked?: DocumentKind[];
  /** Sections the person already said are right. */
  checked?: Section[];
  /** A confirmation of the dossier as seeded, on this date. */
  confirmedOn?: string;
}

/** A date some whole years (and days) before `date`; 29 February becomes 1 March. */
export function yearsBefore(date: string, years: number, days = 0): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return addDays(d.toISOString().slice(0, 10), -days);
}

/** A letter sent `daysAgo` days before today, with the deadline the rules give it. */
export function letter(today: string, kind: LetterKind | 'struck-off', daysAgo: number): Letter {
  const sentOn = addDays(today, -daysAgo);
  // After a strike-off the candidate has APPEAL_DAYS to contest it.
  const deadline = kind === 'struck-off' ? addDays(sentOn, APPEAL_DAYS) : computeDeadline(sentOn, kind, today).deadline;
  return { kind, sentOn, deadline };
}

/** The first letter and, the day after its deadline passed, the reminder sent `daysAgo` days ago. */
export function firstAndReminder(today: string, daysAgo: number): Letter[] {
  return [letter(today, 'first', daysAgo + LETTER_DAYS.first + 1), letter(today, 'reminder', daysAgo)];
}

/** Income from the tax assessment of `yearsBack` income years ago. */
export const taxAssessment = (today: string, yearsBack: number, euros: number): Income => ({
  source: 'tax-assessment',
  taxYear: Number(today.slice(0, 4)) - yearsBack,
  amountCents: Math.round(euros * 100),
});

/** Income of the last three months together. */
export const lastThreeMonths = (euros: number): Income => ({
  source: 'last-three-months',
  taxYear: null,
  amountCents: Math.round(euros * 100),
});

/** An address; most candidates rent privately and are in the population register. */
export const home = (
  street: string,
  postcode: string,
  municipality: string,
  situation: Housing['situation'] = 'private-rent',
  register: Housing['register'] = 'population',
): Housing => ({ street, postcode, municipality, register, situation });

/** A child of `age` years, dependent on the household. */
export const child = (today: string, givenName: string, familyName: string, age: number, days = 40): SeedMember => ({
  role: 'child',
  givenName,
  familyName,
  birthDate: yearsBefore(today, age, days),
  dependent: true,
});
