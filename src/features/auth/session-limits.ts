/** How long a session lives; shown on every logged-in page, so views read it too (no I/O here). */

/** A session ends after this long without a request (the page warns 5 minutes before). */
export const IDLE_MINUTES = 30;
/** A session ends this long after logging in, however active. */
export const MAX_HOURS = 12;
