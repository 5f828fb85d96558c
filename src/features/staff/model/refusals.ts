/** Why an act was not recorded; each has a message for the staff member (staff.json). */
export const ACT_REFUSALS = [
  'reasonMissing',
  'reasonTooLong',
  'groundMissing',
  'noticeDateInvalid',
  'contestedDateInvalid',
  'struckOff',
  'alreadyConfirmed',
  'noProxy',
  'reminderNotPassed',
  'notStruckOff',
  'alreadyContested',
  'keyReused',
  'fileMissing',
] as const;
export type ActRefusal = (typeof ACT_REFUSALS)[number];

/** Written out whole, so the translation check sees every key used. */
export const REFUSAL_KEYS: Record<ActRefusal, string> = {
  reasonMissing: 'staff.refused.reasonMissing',
  reasonTooLong: 'staff.refused.reasonTooLong',
  groundMissing: 'staff.refused.groundMissing',
  noticeDateInvalid: 'staff.refused.noticeDateInvalid',
  contestedDateInvalid: 'staff.refused.contestedDateInvalid',
  struckOff: 'staff.refused.struckOff',
  alreadyConfirmed: 'staff.refused.alreadyConfirmed',
  noProxy: 'staff.refused.noProxy',
  reminderNotPassed: 'staff.refused.reminderNotPassed',
  notStruckOff: 'staff.refused.notStruckOff',
  alreadyContested: 'staff.refused.alreadyContested',
  keyReused: 'staff.refused.keyReused',
  fileMissing: 'staff.refused.fileMissing',
};

/** The form field each refusal is about, for the error summary's link. */
export const REFUSAL_FIELD: Record<ActRefusal, string> = {
  reasonMissing: 'reason',
  reasonTooLong: 'reason',
  groundMissing: 'ground',
  noticeDateInvalid: 'noticeDate',
  contestedDateInvalid: 'contestedOn',
  struckOff: 'form',
  alreadyConfirmed: 'form',
  noProxy: 'form',
  reminderNotPassed: 'ground',
  notStruckOff: 'form',
  alreadyContested: 'form',
  keyReused: 'form',
  fileMissing: 'file',
};

/** The status of each refusal: the form's input (400/422) or the dossier's state (409). */
export const REFUSAL_STATUS: Record<ActRefusal, 400 | 409 | 422> = {
  reasonMissing: 400,
  reasonTooLong: 400,
  groundMissing: 400,
  noticeDateInvalid: 400,
  contestedDateInvalid: 400,
  struckOff: 409,
  alreadyConfirmed: 409,
  noProxy: 409,
  reminderNotPassed: 409,
  notStruckOff: 409,
  alreadyContested: 409,
  keyReused: 409,
  fileMissing: 400,
};
