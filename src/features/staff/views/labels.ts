import type { CandidateSummary } from '../model/types';

/** Written out whole, so the translation check sees every key used. */
export const STATUS_KEYS: Record<CandidateSummary['status'], string> = {
  open: 'staff.status.open',
  confirmed: 'staff.status.confirmed',
  'struck-off': 'staff.status.struckOff',
};

export const LETTER_KEYS: Record<string, string> = {
  first: 'staff.letter.first',
  reminder: 'staff.letter.reminder',
  yearly: 'staff.letter.yearly',
  'struck-off': 'staff.letter.struckOff',
};
