/** What other features (staff) may use of the documents on the server: the service decides every rule. */
export { receiveDocument, type ReceiveResult } from './service/index';
export { readDocumentFile } from './service/index';
export { REFUSAL_STATUS } from './http/refusal';
export { isDocumentId } from './store/document-store';
export { fileDownload } from './http/file.handler';
