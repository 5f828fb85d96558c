/** Why a login or a logged-in request could not go on; each has its own page and status. */
export type AuthProblem = 'expired' | 'cancelled' | 'failed' | 'unknown' | 'unavailable' | 'csrf' | 'ended';
