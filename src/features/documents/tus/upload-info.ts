import { documentsStore } from '../../../platform/blobs/store';
import { infoKey } from './upload-keys';

/** What the last PATCH of an upload was answered, kept so the client can ask again. */
export interface UploadResult {
  status: number;
  headers?: Record<string, string>;
  body: string;
}

/** The stored state of one upload, at `uploads/<id>/info`. The owner never leaves the server. */
export interface UploadInfo {
  id: string;
  size: number;
  offset: number;
  metadata: Record<string, string | null>;
  owner: string;
  createdAt: string;
  finishedAt?: string;
  result?: UploadResult;
}

/** An upload's info with the ETag it was read at, for a write that must not overtake another. */
export interface StoredUploadInfo {
  info: UploadInfo;
  etag: string | undefined;
}

/**
 * The info's ETag from a listing: the local Blobs server (`netlify dev`, tests) sends none on a
 * read, Netlify does. The data is then read again after the listing, so a write in between makes
 * the ETag older than the data and the conditional write fails safely (409, the client asks
 * again) instead of passing over it.
 */
async function listedEtag(id: string): Promise<string | undefined> {
  const { blobs } = await documentsStore().list({ prefix: infoKey(id) });
  return blobs.find(({ key }) => key === infoKey(id))?.etag;
}

const readInfo = async (id: string) => documentsStore().getWithMetadata(infoKey(id), { type: 'json' });

/**
 * Reads an upload's info, or null when there is no such upload. With `forWrite`, always with the
 * ETag it was read at, for a write that must not overtake another request's.
 */
export async function readUploadInfo(id: string, forWrite = false): Promise<StoredUploadInfo | null> {
  const stored = await readInfo(id);
  if (!stored) return null;
  if (stored.etag || !forWrite) return { info: stored.data as UploadInfo, etag: stored.etag };
  const etag = await listedEtag(id);
  const again = await readInfo(id);
  return again ? { info: again.data as UploadInfo, etag } : null;
}

/**
 * Writes an upload's info; with `etag`, only if nobody wrote it since (false when someone did).
 * `onlyIfNew` creates it and fails when the id is taken.
 */
export async function writeUploadInfo(
  info: UploadInfo,
  condition: { etag?: string | undefined; onlyIfNew?: boolean } = {},
): Promise<boolean> {
  const store = documentsStore();
  if (condition.onlyIfNew) return (await store.setJSON(infoKey(info.id), info, { onlyIfNew: true })).modified;
  if (condition.etag) return (await store.setJSON(infoKey(info.id), info, { onlyIfMatch: condition.etag })).modified;
  return (await store.setJSON(infoKey(info.id), info)).modified;
}
