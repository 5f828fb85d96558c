import { DataStore, ERRORS, Upload } from '@tus/utils';
import type { Readable } from 'node:stream';
import { documentsStore } from '../../../platform/blobs/store';
import { CHUNK_MAX } from '../model/limits';
import { ChunkTooLargeError, readChunk } from './read-chunk';
import { readUploadInfo, writeUploadInfo, type UploadInfo, type UploadResult } from './upload-info';
import { infoKey, partKey, partOffset, uploadPrefix } from './upload-keys';

/** The tus answer to a part larger than CHUNK_MAX. */
export const CHUNK_TOO_LARGE = { status_code: 413, body: `A part may hold at most ${CHUNK_MAX} bytes\n` } as const;

/**
 * A tus DataStore on Netlify Blobs: an upload's info at `uploads/<id>/info`, each received part
 * in its own blob `uploads/<id>/part-<offset>`. A part re-sent at the same offset overwrites its
 * own blob, so a file is never stored twice; a part is kept whole or not at all.
 */
export class BlobsDataStore extends DataStore {
  /** @param ownerOf who the upload being created belongs to (set by the server, never by the client). */
  constructor(private readonly ownerOf: () => string | undefined) {
    super();
    this.extensions = ['creation', 'creation-with-upload', 'termination'];
  }

  /** Starts an upload: its info, with the owner, before any part. */
  override async create(upload: Upload): Promise<Upload> {
    const owner = this.ownerOf();
    if (!owner) throw new Error('An upload is created only through the upload handler, for an owner');
    if (upload.size === undefined) throw ERRORS.INVALID_LENGTH;
    const info: UploadInfo = {
      id: upload.id,
      size: upload.size,
      offset: 0,
      metadata: upload.metadata ?? {},
      owner,
      createdAt: upload.creation_date ?? new Date().toISOString(),
    };
    if (!(await writeUploadInfo(info, { onlyIfNew: true }))) throw new Error('Upload id already taken');
    return upload;
  }

  /** Receives one part at `offset`: stores it, then moves the offset on past it. */
  override async write(stream: Readable, id: string, offset: number): Promise<number> {
    const stored = await readUploadInfo(id, true);
    if (!stored) throw ERRORS.FILE_NOT_FOUND;
    if (stored.info.offset !== offset) throw ERRORS.INVALID_OFFSET;
    if (!stored.etag) throw new Error('The Blobs store gave no ETag for an upload');
    let chunk: Uint8Array;
    try {
      chunk = await readChunk(stream, CHUNK_MAX);
    } catch (error) {
      if (error instanceof ChunkTooLargeError) throw CHUNK_TOO_LARGE;
      throw error;
    }
    if (chunk.byteLength === 0) return offset;
    if (offset + chunk.byteLength > stored.info.size) throw ERRORS.ERR_SIZE_EXCEEDED;
    await documentsStore().set(partKey(id, offset), new Blob([chunk.slice()]));
    const next = { ...stored.info, offset: offset + chunk.byteLength };
    // Another request moved the offset while this part was arriving: it tells the client to ask again.
    if (!(await writeUploadInfo(next, { etag: stored.etag }))) throw ERRORS.INVALID_OFFSET;
    return next.offset;
  }

  /** How far an upload is (tus HEAD); the owner is not part of what tus sees. */
  override async getUpload(id: string): Promise<Upload> {
    const stored = await readUploadInfo(id);
    if (!stored) throw ERRORS.FILE_NOT_FOUND;
    const { size, offset, metadata, createdAt } = stored.info;
    return new Upload({ id, size, offset, metadata, creation_date: createdAt });
  }

  /** Removes every blob of an upload (tus DELETE), the info last so a half removal is still found. */
  override async remove(id: string): Promise<void> {
    await removeUploadBlobs(id);
  }
}

/** The blobs of one upload: its parts in order and whether the info is there. */
async function listUpload(id: string) {
  const { blobs } = await documentsStore().list({ prefix: uploadPrefix(id) });
  const parts = blobs
    .map(({ key }) => ({ key, offset: partOffset(key) }))
    .filter((part): part is { key: string; offset: number } => part.offset !== null)
    .sort((a, b) => a.offset - b.offset);
  return { parts, hasInfo: blobs.some(({ key }) => key === infoKey(id)) };
}

/** Deletes an upload's parts, then its info. */
export async function removeUploadBlobs(id: string): Promise<void> {
  const store = documentsStore();
  const { parts, hasInfo } = await listUpload(id);
  await Promise.all(parts.map(({ key }) => store.delete(key)));
  if (hasInfo) await store.delete(infoKey(id));
}

/** Deletes an upload's parts only, once the whole file has been handed on. */
async function removeUploadParts(id: string): Promise<void> {
  const store = documentsStore();
  const { parts } = await listUpload(id);
  await Promise.all(parts.map(({ key }) => store.delete(key)));
}

/**
 * The whole file of a complete upload: its parts joined in order. Throws when a part is missing
 * or overlaps, or when the total is not the size the client declared.
 */
export async function readUploadBytes(id: string): Promise<Uint8Array> {
  const stored = await readUploadInfo(id);
  if (!stored) throw ERRORS.FILE_NOT_FOUND;
  const { size, offset } = stored.info;
  if (offset !== size) throw new Error('The upload is not complete');
  const store = documentsStore();
  const { parts } = await listUpload(id);
  const datas = await Promise.all(parts.map(({ key }) => store.get(key, { type: 'arrayBuffer' })));
  const bytes = new Uint8Array(size);
  let at = 0;
  parts.forEach((part, index) => {
    const data = datas[index];
    if (part.offset !== at) throw new Error(`The upload's parts do not join at byte ${at}`);
    if (!data || at + data.byteLength > size) throw new Error(`The upload's part at byte ${at} is unreadable`);
    bytes.set(new Uint8Array(data), at);
    at += data.byteLength;
  });
  if (at !== size) throw new Error(`The upload holds ${at} of ${size} bytes`);
  return bytes;
}

/** Keeps the answer to a finished upload in its info and drops its parts. */
export async function finishUpload(info: UploadInfo, result: UploadResult, now = new Date()): Promise<void> {
  await writeUploadInfo({ ...info, finishedAt: now.toISOString(), result });
  await removeUploadParts(info.id);
}
