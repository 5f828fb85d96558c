/** How much a person can send: the plain form stays under Netlify's 6 MB buffered request once encoded. */
export const FORM_FILE_MAX = 4 * 1024 * 1024;
/** A file sent in parts (tus) can be larger: a long PDF or a scan. */
export const RESUMABLE_FILE_MAX = 20 * 1024 * 1024;
/** One part of a resumable upload: a dropped connection re-sends at most this much. */
export const CHUNK_MAX = 1024 * 1024;
/** Per dossier, across every upload at once. */
export const FILES_PER_DOSSIER = 30;
export const BYTES_PER_DOSSIER = 100 * 1024 * 1024;
/** Photos are scaled to this (in the browser when it can, else on the server). */
export const IMAGE_LONGEST_SIDE = 2000;
/** Refused above this many pixels before decoding: a small file can unpack to gigabytes. */
export const PIXEL_LIMIT = 50_000_000;
