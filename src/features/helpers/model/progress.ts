import type { DocumentKind } from '../../documents/model/index';
import type { DossierDeadline, Section, SectionState } from '../../dossier/model/index';

/**
 * What a helper with consent sees of one candidate: the progress only. Never the income, the
 * household's details or the documents themselves (data minimisation): the store reads no more.
 */
export interface HelperProgress {
  consentId: string;
  /** The candidate's name, so the helper knows whom they help. */
  name: string;
  reference: string;
  housingCompany: string;
  status: 'open' | 'confirmed' | 'struck-off';
  sections: Record<Section, SectionState>;
  deadline: DossierDeadline | null;
  /** The documents asked for that have not arrived yet. */
  missingDocuments: DocumentKind[];
  hasProxy: boolean;
  /** The language the candidate chose on the site: the sheet is printed in it. */
  candidateLang: string;
  consentEndsAt: string;
}

/** One line of the helper's list. */
export interface HelperCandidate {
  consentId: string;
  name: string;
  status: HelperProgress['status'];
  deadline: string | null;
  consentEndsAt: string;
}
