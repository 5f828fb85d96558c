import { documentsStore } from '../../../platform/blobs/store';
import { removeUploadBlobs } from './blobs-data-store';
import { readUploadInfo } from './upload-info';
import { UPLOADS_PREFIX, uploadIdOf } from './upload-keys';

/**
 * Clears uploads nobody will come back for: unfinished ones started more than `maxAgeMs` ago,
 * finished ones whose answer is older than that, and parts left without their info. Returns how
 * many uploads were removed.
 */
export async function removeStaleUploads(now = new Date(), maxAgeMs = 24 * 3600_000): Promise<number> {
  const ids = new Set<string>();
  for await (const page of documentsStore().list({ prefix: UPLOADS_PREFIX, paginate: true })) {
    for (const { key } of page.blobs) {
      const id = uploadIdOf(key);
      if (id) ids.add(id);
    }
  }
  const cutoff = now.getTime() - maxAgeMs;
  let removed = 0;
  for (const id of ids) {
    const stored = await readUploadInfo(id);
    const since = stored ? Date.parse(stored.info.finishedAt ?? stored.info.createdAt) : Number.NEGATIVE_INFINITY;
    if (since >= cutoff) continue;
    await removeUploadBlobs(id);
    removed += 1;
  }
  return removed;
}
