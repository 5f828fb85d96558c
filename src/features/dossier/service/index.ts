/**
 * The dossier service: the only way functions read or change a dossier. Every call takes the
 * session's candidate id, never a dossier id, so nobody can reach another person's dossier;
 * every read and write adds an audit row. The parts live in small files beside this one.
 */
export { confirmDossier, type ConfirmResult } from './confirm-dossier';
export { markChecked } from './mark-checked';
export { loadDossier } from './read-dossier';
export { saveSection, type SaveResult } from './save-section';
