export { BlobsDataStore, CHUNK_TOO_LARGE, readUploadBytes } from './blobs-data-store';
export { removeStaleUploads } from './remove-stale-uploads';
export { UPLOADS_PATH, createUploadHandler, type UploadHandlerOptions } from './upload-handler';
export type { UploadInfo, UploadResult } from './upload-info';
