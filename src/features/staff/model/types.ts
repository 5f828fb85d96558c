import type { ActKind, StaffAct } from './acts';
import type { StrikeOffGround } from './grounds';

/** One row of the company's candidate list: no national number, no income, no household. */
export interface CandidateSummary {
  reference: string;
  name: string;
  status: 'open' | 'confirmed' | 'struck-off';
  letterKind: string | null;
  letterSentOn: string | null;
  deadline: string | null;
  daysLeft: number | null;
  lastLoginAt: string | null;
  documentsAsked: number;
  documentsReceived: number;
}

export interface CandidateList {
  rows: CandidateSummary[];
  total: number;
  /** The company's candidates at risk, whatever the filter: the figure that should go down. */
  atRisk: number;
}

/** A letter as the staff page shows it. */
export interface SentLetter {
  kind: 'first' | 'reminder' | 'yearly' | 'struck-off';
  sentOn: string;
  deadline: string | null;
}

/** One candidate as their housing company's staff see them. */
export interface StaffCandidate extends CandidateSummary {
  dossierId: string;
  candidateId: string;
  municipality: string;
  preferredLang: string;
  version: number;
  letters: SentLetter[];
  documents: { id: string; kind: string; status: string; uploadedAt: string }[];
  acts: StaffAct[];
  hasProxy: boolean;
  hasPaperReaction: boolean;
  askedHelp: boolean;
  confirmation: { reference: string; confirmedAt: string; byStaff: string | null } | null;
  strikeOff: { ground: StrikeOffGround; noticeDate: string; contestedOn: string | null } | null;
}

export type { ActKind };
