/**
 * A reservation's first name and phone are for the organiser to call about that session only:
 * they go this many days after the session. The privacy page (content/guide/<lang>/privacy.md)
 * says the same in every language: change both together.
 */
export const RESERVATION_DAYS_AFTER = 30;
