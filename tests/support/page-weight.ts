import { gzipSync } from 'node:zlib';

/** Fits the first round trip: the initial TCP window of 10 segments (RFC 6928). */
export const PAGE_BUDGET_GZIP_BYTES = 14_000;

/** The upload script and what it loads once a file is chosen, together (issue: at most 30 kB). */
export const SCRIPT_BUDGET_GZIP_BYTES = 30_000;

/** Bytes after gzip at the level servers use by default. */
export function gzipBytes(html: string): number {
  return gzipSync(Buffer.from(html), { level: 6 }).length;
}
