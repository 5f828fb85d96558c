/**
 * True when an error means the database cannot be reached (refused, dropped, shutting down,
 * timed out), as opposed to a mistake in a query. Those get a 503 "try again" page, not a 500.
 * @example isDatabaseDown(Object.assign(new Error(), { code: 'ECONNREFUSED' })) // true
 */
export function isDatabaseDown(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  // Node socket errors, and PostgreSQL's "connection exception" (08…) and "operator intervention" (57P…).
  if (typeof code === 'string' && /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|08\d{3}|57P0[1-3])$/.test(code))
    return true;
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/.test(
    error.message,
  );
}
