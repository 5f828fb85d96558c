/** The dossier as the pages show it: one candidate's own data, read from the database. */

export const SECTIONS = ['personal', 'household', 'income', 'address', 'choices', 'documents'] as const;
export type Section = (typeof SECTIONS)[number];

/** "to check" until the person says it is right ("checked") or changes it ("changed"). */
export type SectionState = 'to-check' | 'checked' | 'changed';

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

export interface Income {
  source: 'tax-assessment' | 'last-three-months';
  taxYear: number | null;
  amountCents: number;
}

export interface Housing {
  street: string;
  postcode: string;
  municipality: string;
  register: 'population' | 'foreigners' | 'reference-address';
  situation: 'private-rent' | 'with-family' | 'homeless' | 'social-rent' | 'owner' | 'other';
}

export interface Choices {
  municipalities: string[];
  homeType: 'house' | 'flat' | 'both';
}

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
}

export interface Dossier {
  id: string;
  reference: string;
  housingCompany: string;
  registrationDate: string;
  status: 'open' | 'confirmed' | 'struck-off';
  version: number;
  dataIssues: string[];
  person: {
    nationalNumber: string;
    givenName: string;
    familyName: string;
    birthDate: string;
    preferredLang: string;
    phone: string | null;
    email: string | null;
  };
  household: HouseholdMember[];
  income: Income;
  housing: Housing;
  choices: Choices;
  letters: Letter[];
  documents: DocumentMeta[];
  sections: Record<Section, { state: SectionState; changedFields: string[] }>;
  /** The latest confirmation of this round, if any. */
  confirmation: Confirmation | null;
}
