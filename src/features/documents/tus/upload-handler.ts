import { Server } from '@tus/server';
import { ERRORS, type Upload } from '@tus/utils';
import { randomUUID } from 'node:crypto';
import { CHUNK_MAX, RESUMABLE_FILE_MAX } from '../model/limits';
import { BlobsDataStore, CHUNK_TOO_LARGE, finishUpload, readUploadBytes } from './blobs-data-store';
import { chunkTooLarge, uploadNotFound, uploadOutcome } from './tus-responses';
import { readUploadInfo, type UploadResult } from './upload-info';
import { isUploadId } from './upload-keys';
import { uploadRequests, type UploadRequest } from './upload-request';

/** Where the browser's tus client sends its uploads; an upload is `/api/uploads/<id>`. */
export const UPLOADS_PATH = '/api/uploads';

export interface UploadHandlerOptions {
  /** Before an upload is created: a Response refuses it (e.g. 409 dossier full, 413 too big). */
  beforeCreate?(owner: string, upload: { size: number; metadata: Record<string, string> }): Promise<Response | null>;
  /** The whole file has arrived; its answer is the answer to the last PATCH. */
  onUploadFinish(
    owner: string,
    upload: { id: string; bytes: Uint8Array; metadata: Record<string, string> },
  ): Promise<{ status: number; headers?: Record<string, string>; body: string }>;
}

/** tus metadata keys may come without a value; the caller sees those as ''. */
const plainMetadata = (metadata: Upload['metadata']): Record<string, string> =>
  Object.fromEntries(Object.entries(metadata ?? {}).map(([key, value]) => [key, value ?? '']));

const toTus = ({ status, headers, body }: UploadResult) => ({
  status_code: status,
  ...(headers ? { headers } : {}),
  body,
});

/** `/api/uploads` -> {}, `/api/uploads/<id>` -> { id }, anything else -> null. */
function route(pathname: string): { id?: string } | null {
  if (pathname === UPLOADS_PATH || pathname === `${UPLOADS_PATH}/`) return {};
  const match = /^\/api\/uploads\/([^/]+)\/?$/.exec(pathname);
  return match ? { id: match[1]! } : null;
}

/** Logs an unexpected failure by its kind and place only: messages may carry a person's data. */
function logFailure(error: Error): void {
  const frames = (error.stack ?? '').split('\n').slice(1, 6).join('\n');
  console.error(`[uploads] upload failed: ${error.name}\n${frames}`);
}

/**
 * The tus 1.0 endpoint (core, creation, creation-with-upload, termination) that lets a person on a
 * bad connection send a file of up to 20 MB in parts of at most 1 MiB and resume after a drop or
 * a reload. Uploads belong to `owner` (given by the caller, never by the client): anyone else
 * asking about one gets the same 404 as for an unknown upload. When the last part arrives the
 * whole file goes to `onUploadFinish`, whose answer is kept and given again on GET of the upload.
 */
export function createUploadHandler(options: UploadHandlerOptions): (req: Request, owner: string) => Promise<Response> {
  const server = new Server({
    path: UPLOADS_PATH,
    datastore: new BlobsDataStore(() => uploadRequests.getStore()?.owner),
    maxSize: RESUMABLE_FILE_MAX,
    relativeLocation: true,
    // Same origin only: no Access-Control-Allow-Origin at all.
    allowedOrigins: [],
    namingFunction: () => randomUUID(),
    // The upload's id from the path alone: the page's script adds `?lang=` for its messages.
    getFileIdFromRequest: (req) => route(new URL(req.url).pathname)?.id,
    async onUploadCreate(_req, upload) {
      const request = uploadRequests.getStore();
      if (!request) throw ERRORS.UNKNOWN_ERROR;
      const refusal = await options.beforeCreate?.(request.owner, {
        size: upload.size ?? 0,
        metadata: plainMetadata(upload.metadata),
      });
      if (refusal) {
        request.refusal = refusal;
        throw { status_code: refusal.status, body: '' };
      }
      return {};
    },
    async onUploadFinish(_req, upload) {
      const stored = await readUploadInfo(upload.id);
      if (!stored) throw ERRORS.FILE_NOT_FOUND;
      // Finished before (an empty PATCH at the end, re-sent): the same answer, not a second file.
      if (stored.info.result) return toTus(stored.info.result);
      const bytes = await readUploadBytes(upload.id);
      const result = await options.onUploadFinish(stored.info.owner, {
        id: upload.id,
        bytes,
        metadata: plainMetadata(stored.info.metadata),
      });
      await finishUpload(stored.info, result);
      return toTus(result);
    },
    onResponseError(_req, error) {
      if (!(error instanceof Error)) return undefined;
      logFailure(error);
      // tus would append the error's message to the body; the client gets only the status.
      return { status_code: ERRORS.UNKNOWN_ERROR.status_code, body: ERRORS.UNKNOWN_ERROR.body };
    },
  });

  return async (req, owner) => {
    const target = route(new URL(req.url).pathname);
    const method = req.method.toUpperCase();
    if (!target) return uploadNotFound();
    if (target.id === undefined) {
      if (method !== 'POST' && method !== 'OPTIONS') return uploadNotFound();
    } else {
      if (method === 'POST' || !isUploadId(target.id)) return uploadNotFound();
      if (method !== 'OPTIONS') {
        const stored = await readUploadInfo(target.id);
        if (!stored || stored.info.owner !== owner) return uploadNotFound();
        if (method === 'GET') return uploadOutcome(stored.info);
      }
    }
    const length = Number(req.headers.get('content-length') ?? '0');
    if ((method === 'PATCH' || method === 'POST') && length > CHUNK_MAX) return chunkTooLarge(CHUNK_TOO_LARGE.body);

    const request: UploadRequest = { owner };
    const response = await uploadRequests.run(request, () => server.handleWeb(req));
    return request.refusal ?? response;
  };
}
