import { randomUUID } from 'node:crypto';
import { documentsStore } from '../../../platform/blobs/store';

/** A new storage key for a file: random, never a person's file name. */
export const newFileKey = () => `files/${randomUUID()}`;

/** Stores a checked file's bytes under its key. */
export async function putFile(key: string, bytes: Uint8Array): Promise<void> {
  await documentsStore().set(key, new Blob([bytes.slice()]));
}

/** A stored file's bytes, or null when it is gone. */
export async function getFile(key: string): Promise<Uint8Array | null> {
  const buffer = await documentsStore().get(key, { type: 'arrayBuffer' });
  return buffer ? new Uint8Array(buffer) : null;
}

/** Removes a stored file; a file already gone is fine. */
export async function deleteFile(key: string): Promise<void> {
  await documentsStore().delete(key);
}
