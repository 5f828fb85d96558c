/** The dossier's page parts other features' pages are built in (the documents page). */
export { DossierLayout } from './DossierLayout';
export { CheckSectionForm } from './CheckSectionForm';
