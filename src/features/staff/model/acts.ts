/** What a staff member can do for a candidate; each is one staff_acts row with a reason. */
export const ACT_KINDS = ['proxy', 'paper-reaction', 'help-asked', 'confirmation', 'strike-off', 'appeal'] as const;
export type ActKind = (typeof ACT_KINDS)[number];

/** Acts recorded from the candidate's page with only a reason (the proxy also brings a file). */
export const SIMPLE_ACTS = ['paper-reaction', 'help-asked', 'confirmation'] as const;
export type SimpleAct = (typeof SIMPLE_ACTS)[number];
export const isSimpleAct = (value: unknown): value is SimpleAct => (SIMPLE_ACTS as readonly unknown[]).includes(value);

/** Written out whole, so the translation check sees every key used. */
export const ACT_LABELS: Record<ActKind, string> = {
  proxy: 'staff.act.proxy',
  'paper-reaction': 'staff.act.paperReaction',
  'help-asked': 'staff.act.helpAsked',
  confirmation: 'staff.act.confirmation',
  'strike-off': 'staff.act.strikeOff',
  appeal: 'staff.act.appeal',
};

/** A reason is required: at least a few words, at most a short paragraph. */
export const REASON_MIN = 5;
export const REASON_MAX = 500;

/** One recorded act, as the candidate's page lists it. */
export interface StaffAct {
  kind: ActKind;
  staffName: string;
  reason: string;
  at: string;
}
