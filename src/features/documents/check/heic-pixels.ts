const ISPE = Buffer.from('ispe', 'latin1');

/**
 * The most pixels any image in a HEIC/HEIF file claims, read from its `ispe` (image spatial
 * extents) properties without decoding: width and height follow the box type and 4 bytes of
 * version and flags. 0 when none is found.
 */
export function heicPixels(bytes: Uint8Array): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let most = 0;
  for (let at = buffer.indexOf(ISPE); at >= 0 && at + 16 <= buffer.length; at = buffer.indexOf(ISPE, at + 4)) {
    most = Math.max(most, buffer.readUInt32BE(at + 8) * buffer.readUInt32BE(at + 12));
  }
  return most;
}
