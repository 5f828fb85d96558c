import type { ConsentState } from '../model/consent';

/** Written out whole, so the translation check sees every key used. */
export const CONSENT_STATE_KEYS: Record<ConsentState, string> = {
  active: 'helpers.state.active',
  ended: 'helpers.state.ended',
  withdrawn: 'helpers.state.withdrawn',
};

export const MONTHS_KEYS: Record<number, string> = {
  1: 'helpers.months.1',
  3: 'helpers.months.3',
  6: 'helpers.months.6',
};

export const VIEW_KEYS: Record<'progress' | 'sheet', string> = {
  progress: 'helpers.view.progress',
  sheet: 'helpers.view.sheet',
};

export const PROBLEM_KEYS: Record<string, string> = {
  organisationMissing: 'helpers.give.organisationMissing',
  monthsMissing: 'helpers.give.monthsMissing',
  formUsed: 'helpers.give.formUsed',
};

export const STATUS_KEYS: Record<'open' | 'confirmed' | 'struck-off', string> = {
  open: 'helperPages.status.open',
  confirmed: 'helperPages.status.confirmed',
  'struck-off': 'helperPages.status.struckOff',
};
