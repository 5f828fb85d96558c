/** What other features (documents, staff) may use of the dossier on the server. */
export { dossierPageRequest, type DossierPage } from './http/page-request';
export { loadDossier } from './service/index';
export type { Dossier } from './model/types';
export { earlierConfirmation, insertConfirmation } from './store/confirmation-store';
export { dossierPostRequest, keyedRequest } from './http/post-request';
