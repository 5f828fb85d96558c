/** The grounds for striking a candidate off the waiting list (DOMAIN.md, "Struck off"). */
export const STRIKE_OFF_GROUNDS = [
  'conditions-not-met',
  'no-reaction',
  'false-data',
  'refused-offers',
  'own-request',
] as const;
export type StrikeOffGround = (typeof STRIKE_OFF_GROUNDS)[number];

export const isStrikeOffGround = (value: unknown): value is StrikeOffGround =>
  (STRIKE_OFF_GROUNDS as readonly unknown[]).includes(value);

/** Written out whole, so the translation check sees every key used. */
export const GROUND_LABELS: Record<StrikeOffGround, string> = {
  'conditions-not-met': 'staff.ground.conditionsNotMet',
  'no-reaction': 'staff.ground.noReaction',
  'false-data': 'staff.ground.falseData',
  'refused-offers': 'staff.ground.refusedOffers',
  'own-request': 'staff.ground.ownRequest',
};
