/**
 * Where an upload lives in the documents store: `uploads/<id>/info` and one blob per part,
 * `uploads/<id>/part-<offset>`, the offset zero-padded so the names sort in byte order.
 */
export const UPLOADS_PREFIX = 'uploads/';

/** The folder of one upload: every blob of it starts with this. */
export const uploadPrefix = (id: string) => `${UPLOADS_PREFIX}${id}/`;

/** The upload's info (size, offset, owner, result). */
export const infoKey = (id: string) => `${uploadPrefix(id)}info`;

/** The part that starts at `offset` bytes into the file. */
export const partKey = (id: string, offset: number) => `${uploadPrefix(id)}part-${String(offset).padStart(12, '0')}`;

/** The start of a part from its key, or null when the key is not a part. */
export function partOffset(key: string): number | null {
  const match = /\/part-(\d{12})$/.exec(key);
  return match ? Number(match[1]) : null;
}

/** The upload id in a key under `uploads/`, or null. */
export function uploadIdOf(key: string): string | null {
  const match = /^uploads\/([^/]+)\//.exec(key);
  return match ? match[1]! : null;
}

/** Upload ids are random UUIDs made by the server; anything else is not an upload of ours. */
export const isUploadId = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id);
