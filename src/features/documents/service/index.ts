/** What the documents' handlers may call: the service decides every rule. */
export { receiveDocument, mayReceive, type ReceiveResult, type IncomingFile } from './receive-document';
export { removeDocument, type RemoveResult } from './remove-document';
export { documentsOverview, readDocument, readDocumentFile, type DocumentsOverview } from './read-documents';
