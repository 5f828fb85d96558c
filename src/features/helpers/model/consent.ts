/** The periods a candidate can choose, in months: never more than 6. */
export const CONSENT_MONTHS = [1, 3, 6] as const;
export type ConsentMonths = (typeof CONSENT_MONTHS)[number];

/** Where a consent stands: it counts only while `active`. */
export type ConsentState = 'active' | 'ended' | 'withdrawn';

/** One look by a helper, as the candidate sees it. */
export interface HelperView {
  helperName: string;
  what: 'progress' | 'sheet';
  at: string;
}

/** A consent as the candidate's page lists it. */
export interface Consent {
  id: string;
  organisationName: string;
  months: number;
  givenAt: string;
  endsAt: string;
  withdrawnAt: string | null;
  state: ConsentState;
  views: HelperView[];
}

/** Why a consent form was refused; each is a translation key under helpers.give. */
export type ConsentProblem = 'organisationMissing' | 'monthsMissing' | 'formUsed';

/**
 * The period chosen on the form, if it is one of ours.
 * @example consentMonths('3') // 3
 * @example consentMonths('12') // null
 */
export function consentMonths(value: string | undefined): ConsentMonths | null {
  return CONSENT_MONTHS.find((months) => String(months) === value) ?? null;
}

/** Where a consent stands at `now`. */
export function consentState(endsAt: string, withdrawnAt: string | null, now = new Date()): ConsentState {
  if (withdrawnAt) return 'withdrawn';
  return new Date(endsAt) > now ? 'active' : 'ended';
}
