import type { AddressValues } from './sections/address';
import type { ChoicesValues } from './sections/choices';
import type { HouseholdMember } from './sections/household';
import type { IncomeValues } from './sections/income';
import type { Person } from './sections/personal';

export type { HouseholdMember, Person };

export const SECTIONS = ['personal', 'household', 'income', 'address', 'choices', 'documents'] as const;
export type Section = (typeof SECTIONS)[number];

/** "to check" until the person says it is right ("checked") or changes it ("changed"). */
export type SectionState = 'to-check' | 'checked' | 'changed';

export interface Letter {
  kind: 'first' | 'reminder' | 'yearly' | 'struck-off';
  sentOn: string;
  deadline: string | null;
}

export interface DocumentMeta {
  id: string;
  kind: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: string;
}

export interface Confirmation {
  reference: string;
  confirmedAt: string; // ISO timestamp
  dossierVersion: number;
  /** The housing company's staff member who confirmed it for the candidate (with a proxy or on paper). */
  confirmedBy?: { name: string; company: string };
}

/** The dossier as the pages show it: one candidate's own data, read from the database. */
export interface Dossier {
  id: string;
  reference: string;
  housingCompany: string;
  registrationDate: string;
  status: 'open' | 'confirmed' | 'struck-off';
  version: number;
  dataIssues: string[];
  person: Person;
  household: HouseholdMember[];
  income: IncomeValues;
  housing: AddressValues;
  choices: ChoicesValues;
  letters: Letter[];
  documents: DocumentMeta[];
  sections: Record<Section, { state: SectionState; changedFields: string[] }>;
  /** The latest confirmation of this round, if any. */
  confirmation: Confirmation | null;
  /** The helper organisations the candidate lets follow the dossier now, and until when (ISO). */
  helpers: { organisation: string; endsAt: string }[];
}
