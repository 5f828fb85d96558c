import type { Readable } from 'node:stream';
import { joinBytes } from '../../../lib/join-bytes';

/** Thrown when a part is longer than allowed; the data store turns it into a tus 413. */
export class ChunkTooLargeError extends Error {
  constructor(readonly max: number) {
    super(`A part may hold at most ${max} bytes`);
    this.name = 'ChunkTooLargeError';
  }
}

/**
 * Reads one part of an upload into memory, refusing it as soon as it passes `max` bytes. A
 * stream that fails half way (a dropped connection) rejects, so nothing of the part is kept.
 */
export async function readChunk(stream: Readable, max: number): Promise<Uint8Array> {
  const pieces: Uint8Array[] = [];
  let length = 0;
  for await (const piece of stream as AsyncIterable<Uint8Array | string>) {
    const bytes = typeof piece === 'string' ? new TextEncoder().encode(piece) : piece;
    length += bytes.byteLength;
    if (length > max) throw new ChunkTooLargeError(max);
    pieces.push(bytes);
  }
  return joinBytes(pieces);
}
