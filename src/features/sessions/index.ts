/** What other features may use of help sessions on the server: the coming sessions of a place. */
export { findComingSessions } from './service/find-sessions';
export type { HelpSession } from './model/types';
export { purgeReservations } from './service/purge-reservations';
export { RESERVATION_DAYS_AFTER } from './model/retention';
