import { gzipSync } from 'node:zlib';

/** Fits the first round trip: the initial TCP window of 10 segments (RFC 6928). */
export const PAGE_BUDGET_GZIP_BYTES = 14_000;

/** Bytes after gzip at the level servers use by default. */
export function gzipBytes(html: string): number {
  return gzipSync(Buffer.from(html), { level: 6 }).length;
}
