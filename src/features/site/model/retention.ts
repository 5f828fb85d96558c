/**
 * How long the site keeps what it writes down besides the dossier. The privacy page
 * (content/guide/<lang>/privacy.md) says the same in every language: change both together.
 */

/** A session or an idempotency key (a stored answer, with its page) is wiped a day after its use. */
export const SHORT_LIVED_DAYS = 1;

/**
 * The audit log (who looked at or changed which dossier, when) is kept three years: long enough
 * to answer a complaint or an appeal about a strike-off, not longer.
 */
export const AUDIT_YEARS = 3;
