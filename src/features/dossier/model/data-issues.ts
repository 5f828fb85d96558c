/**
 * Problems a housing company flagged in a dossier after the migration to the central register
 * (dossiers.data_issues), as translation keys in locales/<lang>/dossier.json. The dossier page
 * shows them above the sections so the person knows what to check first.
 */
export const DATA_ISSUES = {
  /** The same person appears twice in the household. */
  duplicateMember: 'dossier.issue.duplicateMember',
  /** The postcode does not belong to the municipality of the address. */
  postcodeMismatch: 'dossier.issue.postcodeMismatch',
} as const;

export type DataIssue = (typeof DATA_ISSUES)[keyof typeof DATA_ISSUES];
