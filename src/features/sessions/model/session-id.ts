const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * True for what can be a session's id; anything else is a 404 before the database is asked.
 * @example isSessionId('not-a-session') // false
 */
export const isSessionId = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);
