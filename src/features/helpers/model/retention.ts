/**
 * A consent and the list of who looked through it stay visible to the candidate for a year after
 * the consent ended or was withdrawn, then go (the privacy page says so in every language). The
 * audit log keeps the looks for its own period, without names.
 */
export const CONSENT_KEPT_YEARS = 1;
