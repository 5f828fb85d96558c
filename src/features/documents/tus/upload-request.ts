import { AsyncLocalStorage } from 'node:async_hooks';

/** What the upload handler knows about the request tus is handling, out of the client's reach. */
export interface UploadRequest {
  /** Whose upload this is: given by the caller (the dossier id), never read from the request. */
  owner: string;
  /** The caller's refusal of a new upload, answered as it is instead of tus's own answer. */
  refusal?: Response;
}

/** The request being handled, for tus's hooks and the data store, which only see tus's arguments. */
export const uploadRequests = new AsyncLocalStorage<UploadRequest>();
